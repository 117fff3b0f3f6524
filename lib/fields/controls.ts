export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const NOT_DATA_ENTRY = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

// TODO(2026-11-26): radio and checkbox groups are one field each; issue #5 fills them.
const GROUPED = new Set(['radio', 'checkbox']);

/** The controls a person types or picks a value into, in document order. */
export function collectControls(root: ParentNode): FormControl[] {
  const controls = root.querySelectorAll<FormControl>('input, select, textarea');
  return Array.from(controls).filter((control) => {
    if (control.tagName !== 'INPUT') return true;
    const type = (control as HTMLInputElement).type;
    return !NOT_DATA_ENTRY.has(type) && !GROUPED.has(type);
  });
}
