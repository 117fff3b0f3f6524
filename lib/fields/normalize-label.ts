/**
 * Reduces label text to a comparable form: NFKC folds full-width letters, digits,
 * colons and ideographic spaces (姓　　名：); required stars, trailing colons, units
 * in brackets and all white space carry no meaning.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(][^()]*[)]/g, '')
    .replace(/[*＊:：]/g, '')
    .replace(/\s+/g, '')
    .trim();
}
