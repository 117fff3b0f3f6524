/** A head count or household count: a whole number, possibly with its unit (4人, 120户). */
export function parseCount(raw: string): number | null {
  const match = /^\s*(\d{1,9})\s*(?:人|户|个|口)?\s*$/.exec(raw.normalize('NFKC'));
  return match ? Number(match[1]) : null;
}

export function numberText(value: number | null): string | null {
  return value === null ? null : String(value);
}
