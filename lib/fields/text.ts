/**
 * Text already in normal form: Han characters and digits, or single-spaced words of
 * lower-case Latin letters or of digits.
 */
const ALREADY_NORMAL = /^(?:[\u4e00-\u9fff0-9]+|(?:[a-z]+|[0-9]+)(?: (?:[a-z]+|[0-9]+))*)$/;
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/**
 * Reduces label text to a comparable form. NFKC folds full-width letters, digits and
 * ideographic spaces (姓　　名：); diacritics go (prénom = prenom); required stars,
 * colons and brackets become spaces; spaces between Han characters carry no meaning.
 * Remembered, because a page and the dictionary repeat the same labels many times.
 */
export function normalizeText(raw: string): string {
  if (ALREADY_NORMAL.test(raw)) return raw;
  let normal = memo.get(raw);
  if (normal === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    normal = foldCommonText(raw) ?? normalizeFully(raw);
    memo.set(raw, normal);
  }
  return normal;
}

/** What each common character folds to: a letter or digit kept (folded), or a separator. */
type Kind = 'separator' | 'han' | 'latin' | 'digit';

/**
 * The kind of one UTF-16 unit whose NFKC form and Unicode category are known without asking
 * ICU: ASCII, full-width forms, CJK punctuation, the common Han block; `undefined` otherwise.
 */
function kindOf(code: number): Kind | undefined {
  if (code >= 0x4e00 && code <= 0x9fa5) return 'han';
  if (code < 0x80) {
    if (code >= 0x30 && code <= 0x39) return 'digit';
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return 'latin';
    return 'separator';
  }
  if (code >= 0xff01 && code <= 0xff5e) return kindOf(code - 0xfee0);
  if (code === 0xa0 || code === 0xb7) return 'separator';
  if ((code >= 0x3000 && code <= 0x3004) || (code >= 0x3008 && code <= 0x3011) || (code >= 0x3014 && code <= 0x301f))
    return 'separator';
  if (code >= 0x2010 && code <= 0x2027) return 'separator';
  return undefined;
}

/**
 * The same result as `normalizeFully` for text made only of the characters `kindOf` knows,
 * in one pass: the Unicode-property expressions cost a page milliseconds to compile and run,
 * and nearly every portal label is made of these characters. `null` for any other text.
 */
export function foldCommonText(raw: string): string | null {
  let folded = '';
  let previous: Kind = 'separator';
  let separated = false;
  for (let at = 0; at < raw.length; at++) {
    const code = raw.charCodeAt(at);
    const kind = kindOf(code);
    if (kind === undefined) return null;
    if (kind === 'separator') {
      separated = folded.length > 0;
      continue;
    }
    const digitMeetsLetter = (previous === 'digit' && kind === 'latin') || (previous === 'latin' && kind === 'digit');
    if (separated ? !(previous === 'han' && kind === 'han') : digitMeetsLetter) folded += ' ';
    const ascii = code >= 0xff01 ? code - 0xfee0 : code;
    folded += kind === 'han' ? raw[at] : String.fromCharCode(kind === 'latin' ? ascii | 0x20 : ascii);
    previous = kind;
    separated = false;
  }
  return folded;
}

export function normalizeFully(raw: string): string {
  return raw
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(?<=\p{N})(?=\p{Script=Latin})|(?<=\p{Script=Latin})(?=\p{N})/gu, ' ')
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '')
    .trim();
}

/**
 * Splits a name or id attribute into words: billingFirstName, billing_first_name and
 * billing[first][name] all become "billing first name"; address2 becomes "address 2".
 */
export function attributeWords(raw: string): string {
  return (
    raw
      // street[0] and addressLines[1] count from zero; address1 and line2 from one.
      .replace(/\[(\d)\]/g, (_, index: string) => ` ${Number(index) + 1} `)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([A-Za-z])(\d)/g, '$1 $2')
      .replace(/(\d)([A-Za-z])/g, '$1 $2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
