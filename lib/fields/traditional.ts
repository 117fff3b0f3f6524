import * as OpenCC from 'opencc-js/t2cn';
import { ENTITY_PHRASES, FIELD_DICTIONARY, NO_KEY_PHRASES } from './dictionary';

let simplifiedOf: Map<string, string> | undefined;

/**
 * The characters OpenCC's traditional-to-simplified table maps onto a character some
 * dictionary phrase uses. Only those can change what a label matches, and a table of a few
 * hundred builds in a fraction of the time a whole converter takes.
 */
function buildTable(): Map<string, string> {
  const phrases = [
    ...FIELD_DICTIONARY.flatMap(({ zh }) => zh),
    ...NO_KEY_PHRASES,
    ...ENTITY_PHRASES.map(([phrase]) => phrase),
  ];
  const wanted = new Set(phrases.join(''));
  const table = new Map<string, string>();
  for (const pair of OpenCC.Locale.to.cn?.[0]?.[1]?.toString().split('|') ?? []) {
    const [traditional, simplified] = pair.split(' ');
    if (traditional && simplified && wanted.has(simplified)) table.set(traditional, simplified);
  }
  return table;
}

/**
 * Traditional to simplified characters (身份證號碼 → 身份证号码), for portals and staff in
 * Hong Kong, Macao and Taiwan. The table is built on first use, or by prepareClassifier in
 * a task of its own.
 */
export function toSimplified(text: string): string {
  simplifiedOf ??= buildTable();
  let result = '';
  for (const char of text) result += simplifiedOf.get(char) ?? char;
  return result;
}
