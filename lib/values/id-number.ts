import { isCalendarDate } from './calendar';
import { findCode, SEX_CODES } from './codes';
import { parseDate } from './date';

// 居民身份证号码 (GB 11643-1999): 17 digits, then an ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberFacts = { regionCode: string; birthDate: string; sex: '男' | '女' };
export type IdInconsistency = 'bday-mismatch' | 'sex-mismatch';

/** Strips spaces and unifies the check character, so typed and pasted forms compare equal. */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** True for an 18-character number whose check character and birth date are valid. */
export function isValidIdNumber(raw: string): boolean {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return false;
  return isCalendarDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** What the number itself states: region, birth date and sex (17th digit odd 男, even 女). */
export function decodeIdNumber(raw: string): IdNumberFacts | null {
  const id = normalizeIdNumber(raw);
  if (!isValidIdNumber(id)) return null;
  return {
    regionCode: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? '男' : '女',
  };
}

/**
 * Where a form's birth date or sex disagrees with the ID number. A given value that cannot be
 * read (an unparseable date, 未说明的性别) counts as a mismatch: it cannot be shown to agree.
 * An invalid ID number yields [] because there is nothing to compare with; check it with
 * isValidIdNumber first.
 */
export function checkIdConsistency(input: { idNumber: string; bday?: string; sex?: string }): IdInconsistency[] {
  const facts = decodeIdNumber(input.idNumber);
  if (!facts) return [];
  const problems: IdInconsistency[] = [];
  if (input.bday?.trim() && !sameBirthDate(facts.birthDate, input.bday)) problems.push('bday-mismatch');
  if (input.sex?.trim() && findCode(SEX_CODES, input.sex)?.name !== facts.sex) problems.push('sex-mismatch');
  return problems;
}

// A month-precision date (1990-05) agrees when it is the month of the ID's birth date.
function sameBirthDate(birthDate: string, bday: string): boolean {
  const date = parseDate(bday);
  if (!date) return false;
  const [year, month, day] = birthDate.split('-').map(Number);
  if (date.year !== year || date.month !== month) return false;
  return date.day === undefined || date.day === day;
}

/** 1101**********002X: enough to recognise a person without exposing the number. */
export function maskIdNumber(raw: string): string {
  const id = normalizeIdNumber(raw);
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
