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
    normal = normalizeFully(raw);
    memo.set(raw, normal);
  }
  return normal;
}

function normalizeFully(raw: string): string {
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
