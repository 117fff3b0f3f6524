import { fieldDefinition } from '../fields/dictionary';
import { isValidFieldValue } from '../fields/field-values';
import type { RowIssue } from './types';

// A formula that failed shows its error; the error is no value of any field.
const EXCEL_ERROR = /^#(?:N\/A|REF!|NAME\?|DIV\/0!|NULL!|VALUE!|NUM!|SPILL!|CALC!)$/;

/** What is wrong with a value for its field, or null when the field may hold it. */
export function problemOf(key: string, value: string): RowIssue['problem'] | null {
  if (!EXCEL_ERROR.test(value) && isValidFieldValue(key, value)) return null;
  if (key === 'id-number') return 'invalid-id-number';
  return fieldDefinition(key)?.kind === 'date' ? 'invalid-date' : 'invalid-value';
}
