import type { FormControl } from '../fields/controls';

function prototypeOf(control: FormControl): object {
  const view = control.ownerDocument.defaultView;
  if (!view) return Object.getPrototypeOf(control) as object;
  if (control.tagName === 'SELECT') return view.HTMLSelectElement.prototype;
  if (control.tagName === 'TEXTAREA') return view.HTMLTextAreaElement.prototype;
  return view.HTMLInputElement.prototype;
}

/**
 * Sets a value the way frameworks hear it. React and Vue wrap an input's `value`
 * property to track changes, so the prototype's own setter must write it, followed by
 * the bubbling events their listeners wait for (react#14694).
 */
export function setNativeValue(control: FormControl, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(prototypeOf(control), 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The option a held value names, by its shown text or its code. */
export function findOption(select: HTMLSelectElement, value: string): HTMLOptionElement | null {
  const wanted = value.trim();
  const options = Array.from(select.options);
  return (
    options.find((option) => option.text.trim() === wanted) ??
    options.find((option) => option.value === wanted && wanted !== '') ??
    null
  );
}

/** What a person would say the control holds: a select's chosen text, not its code. */
export function readControlValue(control: FormControl): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return select.value === '' ? '' : (select.selectedOptions[0]?.text.trim() ?? '');
  }
  return control.value;
}

/** Writes a value in the control's own terms. False when a select offers no such option. */
export function writeControlValue(control: FormControl, value: string): boolean {
  if (control.tagName !== 'SELECT') {
    setNativeValue(control, value);
    return true;
  }
  const option = value === '' ? null : findOption(control as HTMLSelectElement, value);
  if (value !== '' && !option) return false;
  setNativeValue(control, option?.value ?? '');
  return true;
}
