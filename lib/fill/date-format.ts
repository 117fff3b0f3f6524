import type { DatePattern } from '../values';

// Patterns spelled out (yyyy-MM-dd, YYYYMMDD) or shown by example (19800101, 2008-08-08).
const SPELLED: ReadonlyArray<readonly [RegExp, DatePattern]> = [
  [/y{4}\s*年\s*m{1,2}\s*月\s*d{1,2}\s*日|\d{4}年\d{2}月\d{2}日/i, 'YYYY年MM月DD日'],
  [/y{4}-m{2}-d{2}|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/i, 'YYYY-MM-DD'],
  [/y{4}\/m{2}\/d{2}|(?<!\d)\d{4}\/\d{2}\/\d{2}(?!\d)/i, 'YYYY/MM/DD'],
  [/y{4}m{2}d{2}|(?<![\d-])(?:19|20)\d{2}[01]\d[0-3]\d(?![\d-])/i, 'YYYYMMDD'],
  [/y{4}-m{2}(?!-)|(?<!\d)(?:19|20)\d{2}-[01]\d(?![-\d])/i, 'YYYY-MM'],
];

const BY_LENGTH: Readonly<Record<number, DatePattern>> = { 8: 'YYYYMMDD', 7: 'YYYY-MM' };

export type DateFormat = { pattern: DatePattern } | { uncertain: string };

/**
 * The format a plain text box wants a date in, from what the page shows beside it: its
 * placeholder, a note (格式：19800101), its `maxlength`. Hints that disagree leave it uncertain,
 * and so do a `maxlength` no format fits and a box that shows no format at all.
 */
export function dateFormatFromHints(hints: readonly string[], maxLength: number | null): DateFormat {
  const found = new Set<DatePattern>();
  for (const hint of hints) {
    const match = SPELLED.find(([pattern]) => pattern.test(hint));
    if (match) found.add(match[1]);
  }
  const fitting = [...found].filter((pattern) => maxLength === null || lengthOf(pattern) <= maxLength);
  if (fitting.length === 1) return { pattern: fitting[0] as DatePattern };
  if (fitting.length > 1) return { uncertain: 'hints-disagree' };
  if (found.size > 0) return { uncertain: 'too-long' };
  // A text box that shows no format may want any of them (a date picker script formats it its
  // own way): guessing YYYY-MM-DD there wrote a wrong value on a blind portal.
  const byLength = maxLength === null ? undefined : BY_LENGTH[maxLength];
  return byLength ? { pattern: byLength } : { uncertain: 'no-hint' };
}

function lengthOf(pattern: DatePattern): number {
  return pattern === 'YYYY年MM月DD日' ? 11 : pattern.replace('YYYY年M月D日', 'YYYY年MM月DD日').length;
}
