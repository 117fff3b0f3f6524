import { type Decimal, parseDecimal, times, toNumber, trimFraction } from './decimal';

export type AreaUnit = '亩' | '公顷' | '平方米';

// 1 公顷 = 15 亩 and 1 亩 = 10000/15 平方米, so 1 平方米 = 0.0015 亩: exact in decimal.
const MU_PER: Record<AreaUnit, Decimal> = {
  亩: { units: 1n, scale: 0 },
  公顷: { units: 15n, scale: 0 },
  平方米: { units: 15n, scale: 4 },
};
// NFKC turns ㎡ and m² into m2.
const SUFFIXES: ReadonlyArray<readonly [string, AreaUnit]> = [
  ['平方米', '平方米'],
  ['平米', '平方米'],
  ['m2', '平方米'],
  ['公顷', '公顷'],
  ['亩', '亩'],
];
// Enough places that a round trip through the form's unit stays within a thousandth of a 亩.
const PLACES: Record<AreaUnit, number> = { 亩: 4, 公顷: 4, 平方米: 2 };

/** An area in 亩. The value's own unit wins; `unit` (the form label's) applies to a bare number. */
export function parseArea(raw: string, unit: AreaUnit = '亩'): number | null {
  let text = raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const suffix = SUFFIXES.find(([written]) => text.endsWith(written));
  if (suffix) text = text.slice(0, -suffix[0].length);
  const value = parseDecimal(text);
  return value ? toNumber(times(value, MU_PER[suffix?.[1] ?? unit])) : null;
}

/** 亩 written as a bare number in the form's unit; null if negative or not finite. */
export function formatArea(mu: number, unit: AreaUnit = '亩'): string | null {
  if (!Number.isFinite(mu) || mu < 0 || mu >= 1e12) return null;
  const value = unit === '亩' ? mu : unit === '公顷' ? mu / 15 : (mu * 10000) / 15;
  return trimFraction(value.toFixed(PLACES[unit]));
}
