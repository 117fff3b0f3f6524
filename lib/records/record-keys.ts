import { isValidCreditCode, isValidIdNumber } from '../values';

/** A household number as portals print them: digits and letters, some with a dash; never a name or a sentence. */
const HOUSEHOLD_NUMBER = /^[0-9A-Za-z-]{4,32}$/;

const KEYS_A_RECORD: Readonly<Record<string, (value: string) => boolean>> = {
  'id-number': isValidIdNumber,
  'org.credit-code': isValidCreditCode,
  'household.id': (value) => HOUSEHOLD_NUMBER.test(value.trim()),
};

/**
 * Whether a submission holds something FillOnce keys its records by: a valid ID number, credit
 * code or household number. A login, a search or a comment form holds none, and is not a report.
 */
export function holdsRecordKey(fields: ReadonlyArray<{ key: string; value: string }>): boolean {
  return fields.some(({ key, value }) => KEYS_A_RECORD[key]?.(value) === true);
}
