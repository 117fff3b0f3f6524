/**
 * A non-negative decimal as integer units × 10^-scale. Money and land area are converted
 * between units (万元, 公顷, 平方米) in exact decimal so 0.2 公顷 is 3 亩, not 3.0000000000000004.
 */
export type Decimal = { readonly units: bigint; readonly scale: number };

// Thousands separators must group by threes (18,600); 1,86 is refused, not read as 1.86 or 186.
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export function parseDecimal(text: string): Decimal | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const fraction = m[2] ?? '';
  return { units: BigInt((m[1] ?? '').replaceAll(',', '') + fraction), scale: fraction.length };
}

export function times(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** The value as a whole number of 10^-places, rounded half up. */
export function roundTo(d: Decimal, places: number): bigint {
  if (d.scale <= places) return d.units * 10n ** BigInt(places - d.scale);
  const divisor = 10n ** BigInt(d.scale - places);
  return (d.units * 2n + divisor) / (2n * divisor);
}

/** Plain decimal text without trailing zeros: 1860000 at scale 2 is '18600'. */
export function toText(d: Decimal): string {
  const digits = d.units.toString().padStart(d.scale + 1, '0');
  if (d.scale === 0) return digits;
  return trimFraction(`${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`);
}

export function toNumber(d: Decimal): number {
  return Number(toText(d));
}

export function trimFraction(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
