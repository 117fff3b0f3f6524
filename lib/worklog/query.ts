import type { WorkLogFilter } from './rows';

/** What the printed 台账 is of, as the records manager hands it to the page that prints it. */
export interface WorkLogQuery {
  /** YYYY-MM-DD, on the person's own calendar; both days counted whole. */
  from?: string;
  to?: string;
  portal?: string;
  revealIds: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function workLogSearch(query: WorkLogQuery): string {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.portal) params.set('portal', query.portal);
  if (query.revealIds) params.set('reveal', '1');
  return params.toString();
}

/** Reads a query back; a day that is not one is dropped rather than guessed at. */
export function parseWorkLogSearch(search: string): WorkLogQuery {
  const params = new URLSearchParams(search);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? { [name]: value } : {};
  };
  const portal = params.get('portal');
  return { ...day('from'), ...day('to'), ...(portal && { portal }), revealIds: params.get('reveal') === '1' };
}

/** Local midnight of a YYYY-MM-DD, `days` later. */
function localMidnight(text: string, days = 0): number {
  const [, year, month, day] = (DAY.exec(text) ?? []).map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days).getTime();
}

/** The query as the background filters the submissions: the last day chosen counted whole. */
export function workLogFilter(query: Omit<WorkLogQuery, 'revealIds'>): WorkLogFilter {
  return {
    ...(query.from && { from: localMidnight(query.from) }),
    ...(query.to && { to: localMidnight(query.to, 1) }),
    ...(query.portal && { portal: query.portal }),
  };
}
