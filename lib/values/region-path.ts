import { matchDivisionName } from './division-names';

/** 湖南省/湘西土家族苗族自治州/凤凰县, 湖南省 / 湘西… / 凤凰县 or 湖南省 > …: the levels of a path. */
export function splitPath(value: string): string[] {
  return value
    .normalize('NFKC')
    .split(/\s*[/>]\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** One way of writing a path, so that a cascader's 湖南省 / 长沙市 equals a held 湖南省/长沙市. */
export function joinPath(parts: readonly string[]): string {
  return parts.join('/');
}

/** Two paths naming the same places level by level, a division's suffix or not (北京/朝阳区 ~ 北京市/朝阳区). */
export function samePath(a: string, b: string): boolean {
  const [left, right] = [splitPath(a), splitPath(b)];
  return (
    left.length > 0 &&
    left.length === right.length &&
    left.every((name, depth) => matchDivisionName(name, [right[depth] ?? '']) === 0)
  );
}

export function normalizePath(value: string): string | null {
  const parts = splitPath(value);
  return parts.length > 0 ? joinPath(parts) : null;
}

/** Several ticked options in one value, 因病、因学, the way a ledger cell lists them. */
export const LIST_SEPARATORS = /[、,，;；|]/;

/** The same choices in any order and with any separator are one value. */
export function normalizeList(value: string): string | null {
  const items = value
    .normalize('NFKC')
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length > 0 ? [...new Set(items)].sort().join('、') : null;
}
