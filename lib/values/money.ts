import { parseDecimal, roundTo, times, toText } from './decimal';

/** The unit a form's label states, e.g. 年收入（万元）. */
export type MoneyUnit = '元' | '万元';

const YUAN_PER: Record<MoneyUnit, bigint> = { 元: 1n, 万元: 10000n };
// NFKC turns the full-width ￥ into ¥.
const CURRENCY_PREFIX = /^(?:¥|人民币|RMB)/i;
const UNIT_SUFFIX = /(万元|万|元)$/;

/**
 * An amount in 元, rounded to the fen. The value's own unit (1.86万) wins; `unit`, the unit the
 * form's label states, applies only to a bare number. Negative or non-numeric text gives null.
 */
export function parseMoney(raw: string, unit: MoneyUnit = '元'): number | null {
  let text = raw.normalize('NFKC').replace(/\s+/g, '').replace(CURRENCY_PREFIX, '');
  const suffix = UNIT_SUFFIX.exec(text)?.[1];
  if (suffix) text = text.slice(0, -suffix.length);
  const amount = parseDecimal(text);
  if (!amount) return null;
  const stated: MoneyUnit = suffix === undefined ? unit : suffix === '元' ? '元' : '万元';
  const fen = roundTo(times(amount, { units: YUAN_PER[stated], scale: 0 }), 2);
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(fen) / 100;
}

/** Yuan written as a bare number in the form's unit (18600 → '1.86' for 万元); null if negative. */
export function formatMoney(yuan: number, unit: MoneyUnit = '元'): string | null {
  if (!Number.isFinite(yuan) || yuan < 0) return null;
  const fen = Math.round(yuan * 100);
  if (!Number.isSafeInteger(fen)) return null;
  // 1 万元 is 1,000,000 fen, so six decimals hold any amount in 万元 exactly.
  return toText({ units: BigInt(fen), scale: unit === '元' ? 2 : 6 });
}
