// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set that leaves out
// I, O, S, V and Z (too easily misread as 1, 0, 5, U and 2), the last one a MOD 31 check.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Strips spaces and upper-cases, so typed and pasted codes compare equal. */
export function normalizeCreditCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The 18th character for 17 characters from the set, or '' when one is outside it. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) return '';
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * True for 18 characters from the set, with the 6-digit registration region code in places
 * 3-8 and a matching check character. Any single mistyped character fails the check, since
 * every weight is non-zero modulo the prime 31.
 */
export function isValidCreditCode(raw: string): boolean {
  const code = normalizeCreditCode(raw);
  if (!/^[0-9A-HJ-NPQRTUW-Y]{2}\d{6}[0-9A-HJ-NPQRTUW-Y]{10}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
