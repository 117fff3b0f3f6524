import { fieldDefinition } from '../fields/dictionary';
import { formatDate, formatMoney, normalizeDate, parseMoney } from '../values';
import { dateFormatFromHints } from './date-format';
import type { FieldHints } from './types';

export type Formatted = { value: string } | { uncertain: string };

const TEXT_TYPES = new Set(['text', 'search', '']);
const MONEY_KEYS = new Set(['household.annual-income', 'household.per-capita-income']);

/** Whether a key's value depends on what the field shows about its format, so hints are worth reading. */
export function needsHints(key: string | null): boolean {
  if (!key) return false;
  return key === 'street-address' || MONEY_KEYS.has(key) || fieldDefinition(key)?.kind === 'date';
}

/**
 * A held value written the way this field asks for it: a date in the format its placeholder or
 * note shows, an income in the 万元 its label states. When the format is not certain the value
 * is not written at all, and the reason says why.
 */
export function formatForField(key: string, value: string, hints: FieldHints | undefined): Formatted {
  if (!hints) return { value };
  const definition = fieldDefinition(key);
  // A typed text box only: an <input type=date> and a date picker take the date in their own terms.
  if (definition?.kind === 'date' && hints.widget === 'text' && TEXT_TYPES.has(hints.inputType)) {
    return formatDateFor(value, hints);
  }
  if (MONEY_KEYS.has(key)) return formatMoneyFor(value, hints);
  return { value };
}

function formatDateFor(value: string, hints: FieldHints): Formatted {
  const iso = normalizeDate(value);
  if (!iso) return { uncertain: 'date-unreadable' };
  const format = dateFormatFromHints([hints.placeholder, hints.note, hints.label], hints.maxLength);
  if ('uncertain' in format) return { uncertain: `date-${format.uncertain}` };
  // 出生年月 asks for the month only: a full date would not be what it asks.
  const pattern = /年月(?!日)/.test(hints.label) && format.pattern === 'YYYY-MM-DD' ? 'YYYY-MM' : format.pattern;
  const text = formatDate(iso, pattern);
  return text ? { value: text } : { uncertain: 'date-precision' };
}

function formatMoneyFor(value: string, hints: FieldHints): Formatted {
  const stated = `${hints.label} ${hints.placeholder} ${hints.note}`;
  if (!/万元|元/.test(stated)) return { value };
  const yuan = parseMoney(value);
  const text = yuan === null ? null : formatMoney(yuan, /万元/.test(stated) ? '万元' : '元');
  return text ? { value: text } : { uncertain: 'money-unreadable' };
}
