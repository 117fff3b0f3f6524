import * as OpenCC from 'opencc-js/t2cn';
import { ENTITY_PHRASES, FIELD_DICTIONARY, NO_KEY_PHRASES } from './dictionary';

/**
 * The pairs of OpenCC's traditional-to-simplified table whose simplified character some
 * dictionary phrase uses: only those can change what a label matches. Built at build time
 * (wxt.config.ts), so OpenCC's whole table never ships in the engine.
 */
export function buildTraditionalPairs(): Array<[traditional: string, simplified: string]> {
  const phrases = [
    ...FIELD_DICTIONARY.flatMap(({ zh }) => zh),
    ...NO_KEY_PHRASES,
    ...ENTITY_PHRASES.map(([phrase]) => phrase),
  ];
  const wanted = new Set(phrases.join(''));
  const pairs: Array<[string, string]> = [];
  for (const pair of OpenCC.Locale.to.cn?.[0]?.[1]?.toString().split('|') ?? []) {
    const [traditional, simplified] = pair.split(' ');
    if (traditional && simplified && wanted.has(simplified)) pairs.push([traditional, simplified]);
  }
  return pairs;
}
