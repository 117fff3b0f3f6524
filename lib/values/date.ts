import { isCalendarDate, isCalendarMonth } from './calendar';

export type PartialDate = { year: number; month?: number; day?: number };
export type DatePattern =
  | 'YYYY-MM-DD'
  | 'YYYY/MM/DD'
  | 'YYYY年MM月DD日'
  | 'YYYYMMDD'
  | 'YYYY年M月D日'
  | 'YYYY-MM'
  | 'YYYY/MM'
  | 'YYYY年MM月';

// Every accepted shape starts with a four-digit year, so 11/26/2026 and 26/11/2026 never match:
// which of those numbers is the month cannot be known, and a guessed birth date is worse than none.
const FULL = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/, // one separator used twice, not 2026-11/26
  /^(\d{4})()(\d{2})(\d{2})$/,
  /^(\d{4})\s*(年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
];
const MONTH = [/^(\d{4})[-/.](\d{1,2})$/, /^(\d{4})\s*年\s*(\d{1,2})\s*月$/];

/** Reads a date written the ways Chinese forms and people write it; null when unsure. */
export function parseDate(raw: string): PartialDate | null {
  const text = raw.normalize('NFKC').trim();
  for (const pattern of FULL) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return isCalendarDate(year, month, day) ? { year, month, day } : null;
  }
  for (const pattern of MONTH) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [year, month] = [Number(m[1]), Number(m[2])];
    return isCalendarMonth(year, month) ? { year, month } : null;
  }
  return null;
}

/** 'YYYY-MM-DD', or 'YYYY-MM' when only the month was given: precision is kept, never invented. */
export function normalizeDate(raw: string): string | null {
  const date = parseDate(raw);
  return date ? toIso(date) : null;
}

/** Writes an ISO date ('YYYY-MM-DD' or 'YYYY-MM') in the format a form's date widget expects. */
export function formatDate(iso: string, pattern: DatePattern): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso.trim());
  if (!m) return null;
  const [y, mm, dd] = [m[1] ?? '', m[2] ?? '', m[3]];
  const valid = dd === undefined ? isCalendarMonth(+y, +mm) : isCalendarDate(+y, +mm, +dd);
  if (!valid) return null;
  if (pattern === 'YYYY-MM') return `${y}-${mm}`;
  if (pattern === 'YYYY/MM') return `${y}/${mm}`;
  if (pattern === 'YYYY年MM月') return `${y}年${mm}月`;
  // A day the value does not have is never made up to satisfy a widget.
  if (dd === undefined) return null;
  switch (pattern) {
    case 'YYYY-MM-DD':
      return `${y}-${mm}-${dd}`;
    case 'YYYY/MM/DD':
      return `${y}/${mm}/${dd}`;
    case 'YYYY年MM月DD日':
      return `${y}年${mm}月${dd}日`;
    case 'YYYYMMDD':
      return `${y}${mm}${dd}`;
    case 'YYYY年M月D日':
      return `${y}年${+mm}月${+dd}日`;
    default:
      return null;
  }
}

/** A day on the person's own calendar (their time zone), as YYYY-MM-DD. */
export function isoDateOf(day: Date): string {
  return toIso({ year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() }) as string;
}

function toIso(date: PartialDate): string | null {
  const y = String(date.year).padStart(4, '0');
  if (date.month === undefined) return null;
  const m = String(date.month).padStart(2, '0');
  return date.day === undefined ? `${y}-${m}` : `${y}-${m}-${String(date.day).padStart(2, '0')}`;
}
