export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const NOT_DATA_ENTRY = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

/** The controls a person types or picks a value into, in document order. */
export function collectControls(root: ParentNode): FormControl[] {
  const controls = root.querySelectorAll<FormControl>('input, select, textarea');
  return Array.from(controls).filter(
    (control) => control.tagName !== 'INPUT' || !NOT_DATA_ENTRY.has((control as HTMLInputElement).type),
  );
}

/** A radio button or checkbox: one option of a choice, not a field of its own. */
export function isChoiceOption(control: Element): control is HTMLInputElement {
  if (control.tagName !== 'INPUT') return false;
  const type = (control as HTMLInputElement).type;
  return type === 'radio' || type === 'checkbox';
}
