import type { FormControl } from '../fields/controls';
import { fieldDefinition } from '../fields/dictionary';
import { chooseOption, formatDate, normalizeDate } from '../values';

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

/** The option a held value names: by its shown text, its code, or the field's code list (男性 → 男). */
export function findOption(
  select: HTMLSelectElement,
  value: string,
  key: string | null = null,
): HTMLOptionElement | null {
  const options = Array.from(select.options);
  const choices = options.map((option) => ({ value: option.value, text: option.text }));
  return options[chooseOption(choices, value, key ? fieldDefinition(key)?.codes : undefined)] ?? null;
}

/** What a person would say the control holds: a select's chosen text, not its code. */
export function readControlValue(control: FormControl): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return select.value === '' ? '' : (select.selectedOptions[0]?.text.trim() ?? '');
  }
  return control.value;
}

/**
 * A held value in the terms an input type accepts: `<input type="date">` takes only
 * YYYY-MM-DD and a number input only digits. Null when the value cannot be said that way.
 */
export function valueForInput(control: FormControl, value: string, key: string | null): string | null {
  if (value === '' || control.tagName !== 'INPUT') return value;
  const type = (control as HTMLInputElement).type;
  if (type === 'date') return formatDate(normalizeDate(value) ?? '', 'YYYY-MM-DD');
  if (type === 'month') return formatDate(normalizeDate(value) ?? '', 'YYYY-MM');
  if (type === 'number') {
    const normalize = key ? fieldDefinition(key)?.normalize : undefined;
    // A value the field itself rejects (2.5 people) is not written just because it looks like a number.
    const normalized = normalize ? normalize(value) : value.trim();
    return normalized !== null && /^-?\d+(\.\d+)?$/.test(normalized) ? normalized : null;
  }
  return value;
}

/** Writes a value in the control's own terms. False when the control cannot hold it. */
export function writeControlValue(control: FormControl, value: string, key: string | null = null): boolean {
  if (control.tagName !== 'SELECT') {
    const text = valueForInput(control, value, key);
    if (text === null) return false;
    setNativeValue(control, text);
    return true;
  }
  const option = value === '' ? null : findOption(control as HTMLSelectElement, value, key);
  if (value !== '' && !option) return false;
  setNativeValue(control, option?.value ?? '');
  return true;
}
