import fc from 'fast-check';
import { creditCodeCheckChar, idNumberCheckChar } from '../../../lib/values';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A real calendar day between 1900 and 2100, as numbers. */
export const calendarDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

export const isoOf = (d: { year: number; month: number; day: number }) =>
  `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

/** region + birth date + sequence, completed with its check character. */
export const validIdNumber = fc
  .tuple(fc.integer({ min: 110000, max: 829999 }), calendarDay, fc.integer({ min: 0, max: 999 }))
  .map(([region, day, seq]) => {
    const first17 = `${region}${pad(day.year, 4)}${pad(day.month, 2)}${pad(day.day, 2)}${pad(seq, 3)}`;
    return { id: first17 + idNumberCheckChar(first17), day, seq };
  });

export const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditChar = fc.constantFrom(...CREDIT_CHARSET);

/** Department, kind, 6-digit region, 9-character subject id, then the check character. */
export const validCreditCode = fc
  .tuple(
    creditChar,
    creditChar,
    fc.integer({ min: 0, max: 999999 }),
    fc.array(creditChar, { minLength: 9, maxLength: 9 }),
  )
  .map(([dept, kind, region, subject]) => {
    const first17 = `${dept}${kind}${pad(region, 6)}${subject.join('')}`;
    return first17 + creditCodeCheckChar(first17);
  });

/** A string with the character at `position` replaced by a different one from `alphabet`. */
export function withOneChange(value: string, alphabet: string) {
  return fc
    .tuple(fc.nat(value.length - 1), fc.constantFrom(...alphabet))
    .filter(([i, c]) => value[i] !== c)
    .map(([i, c]) => value.slice(0, i) + c + value.slice(i + 1));
}
