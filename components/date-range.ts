/** Local midnight of a date input's yyyy-mm-dd, `days` later. */
function localMidnight(text: string, days = 0): number {
  const [year, month, day] = text.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days).getTime();
}

/** Two date inputs as a range on the person's own calendar: the last day chosen counted whole. */
export function dayRange(from: string, to: string): { from?: number; to?: number } {
  return { ...(from && { from: localMidnight(from) }), ...(to && { to: localMidnight(to, 1) }) };
}
