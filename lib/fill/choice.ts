import { fieldDefinition } from '../fields/dictionary';
import { optionLabel } from '../fields/label';
import { chooseOption } from '../values';

/**
 * Picks the radio button or checkbox that means `value` (男 for 1 or 男性), the way a person
 * does: by clicking it, so the page's own handlers and framework hear the choice. An empty
 * value clears the group, for undo.
 */
export function writeChoice(options: readonly HTMLInputElement[], key: string, value: string): boolean {
  if (value === '') {
    for (const option of options.filter((candidate) => candidate.checked)) {
      option.checked = false;
      option.dispatchEvent(new Event('input', { bubbles: true }));
      option.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return true;
  }
  const choices = options.map((option) => ({ value: option.value, text: optionLabel(option).trim() }));
  const index = chooseOption(choices, value, fieldDefinition(key)?.codes);
  const option = options[index];
  if (!option) return false;
  if (!option.checked) option.click();
  return option.checked;
}

/** What a person sees of an option: its label, or the option itself. */
export function visibleOptionBox(option: HTMLInputElement): Element {
  return option.closest('label') ?? option;
}
