import { normalizeIdNumber } from './id-number';

/**
 * The comparable form of a captured value. Full-width digits and stray spaces from
 * IME input must not make the same fact look like two different ones.
 * TODO(2026-11-26): per-kind normalisers (dates, money, codes) come with the field dictionary, issue #3.
 */
export function normalizeValue(key: string, raw: string): string {
  if (key === 'id-number') return normalizeIdNumber(raw);
  const text = raw.normalize('NFKC').trim();
  if (key === 'tel') return text.replace(/[\s-]/g, '');
  return text.replace(/\s+/g, ' ');
}
