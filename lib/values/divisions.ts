import { type Division, divisionByCode } from './division-tree';

export { splitAddress } from './address';
export { matchDivisionName } from './division-names';
export type { Division, DivisionLevel } from './division-tree';

/**
 * The province (2 digits), city (4) or county (6) with this GB/T 2260 code. A 6-digit code
 * ending in 00 or 0000 names a city or province; a 12-digit 统计用区划代码 is read by its
 * first six digits.
 */
export function findDivisionByCode(raw: string): Division | null {
  const code = raw.normalize('NFKC').trim();
  if (!/^(?:\d{2}|\d{4}|\d{6}|\d{12})$/.test(code)) return null;
  const six = code.length === 12 ? code.slice(0, 6) : code;
  if (six.length !== 6) return divisionByCode(six);
  if (six.endsWith('0000')) return divisionByCode(six.slice(0, 2));
  if (six.endsWith('00')) return divisionByCode(six.slice(0, 4));
  return divisionByCode(six);
}

/**
 * Names from the province down, as GB/T 2260 has them: ['北京市', '市辖区', '东城区'].
 * The city level of a municipality is 市辖区 or 县 there; [] for an unknown code.
 */
export function divisionPath(code: string): string[] {
  const path: string[] = [];
  for (let d = findDivisionByCode(code); d; d = d.parent) path.unshift(d.name);
  return path;
}
