import { optionLabel, type PageField } from '../fields';
import { readControlValue } from './set-value';

/** What a person would say a field holds: the text, the chosen option, the ticked options. */
export function readFieldValue(field: PageField): string {
  if (!field.options) return readControlValue(field.control);
  return field.options
    .filter((option) => option.checked)
    .map((option) => optionLabel(option).trim())
    .join('、');
}
