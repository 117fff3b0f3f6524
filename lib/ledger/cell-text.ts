import type { CellValue } from 'exceljs';

/** Binary floating point shows 0.1 + 0.2 as 0.30000000000000004; Excel shows 15 significant digits. */
function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * exceljs hands dates over as UTC instants of the serial number, so UTC getters give the
 * calendar day the sheet shows whatever the machine's time zone. A time-only cell (serial
 * below 1) lands on Excel's day zero, 1899-12-30, which no one typed.
 */
function dateText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const [hours, minutes, seconds] = [rounded.getUTCHours(), rounded.getUTCMinutes(), rounded.getUTCSeconds()];
  const time = `${pad(hours)}:${pad(minutes)}${seconds ? `:${pad(seconds)}` : ''}`;
  if (day === '1899-12-30') return time;
  return hours || minutes || seconds ? `${day} ${time}` : day;
}

/** The text a person sees in a cell (for formulas, their last computed result). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  // A hyperlink's text is itself rich text when the link was styled.
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return '';
}
