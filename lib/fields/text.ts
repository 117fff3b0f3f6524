/**
 * Reduces label text to a comparable form. NFKC folds full-width letters, digits and
 * ideographic spaces (姓　　名：); diacritics go (prénom = prenom); required stars,
 * colons and brackets become spaces; spaces between Han characters carry no meaning.
 */
export function normalizeText(raw: string): string {
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
