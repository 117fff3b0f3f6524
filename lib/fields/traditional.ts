import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

/**
 * Traditional to simplified characters (身份證號碼 → 身份证号码), for portals and staff in
 * Hong Kong, Macao and Taiwan. The converter is built on first use: most labels never need it.
 */
export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert(text);
}
