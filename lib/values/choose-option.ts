import { type CodeEntry, type CodeList, findCode, namesOf } from './codes';

export type SelectOption = { readonly value: string; readonly text: string };

type Candidate = { index: number; text: string; value: string };

const clean = (s: string) => s.normalize('NFKC').trim();
// 汉 ~ 汉族, 'Ｘ' ~ 'X', '初 中' ~ '初中': width, spacing and a trailing 族 differ, not meaning.
// 控拜村村民委员会 ~ 控拜村: a village's committee is how registers name the village.
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(村|社区)?(?:村民委员会|居民委员会|村委会|居委会)$/, '$1')
    .replace(/族$/, '');
const DECORATION = /[\s\-—–_=*.·…:：<>《》()[\]【】]/g;
/** 孙子女/外孙子女, 兄弟、姐妹: one option that names several entries of a list. */
const ALTERNATIVES = /[/／、]/;
const PROMPT = /^(?:请选择|请选|选择|未选择|pleaseselect|select|pleasechoose|choose)/i;

/** 请选择, --请选择--, Select…, or an empty value: the "nothing chosen" entry of a select. */
export function isPlaceholderOption(option: SelectOption): boolean {
  if (option.value.trim() === '') return true;
  const core = option.text.normalize('NFKC').replace(DECORATION, '');
  return core === '' || PROMPT.test(core);
}

/**
 * The index of the option that means `wanted`, or -1. Tries, in order: the option's text, its
 * value, the code list (男性 finds the option 男 or value 1), an option naming it among others
 * (孙子女/外孙子女 for 孙女), then text equal up to spacing,
 * width and a trailing 族. The first rule that matches decides; two options matching it give -1,
 * and so does an option whose own text names a different entry of the list.
 */
export function chooseOption(options: readonly SelectOption[], wanted: string, list?: CodeList): number {
  const want = clean(wanted);
  if (!want) return -1;
  const entry = list ? findCode(list, want) : null;
  const candidates = options
    .flatMap((o, index) => (isPlaceholderOption(o) ? [] : [{ index, text: clean(o.text), value: clean(o.value) }]))
    .filter((c) => !list || !entry || !contradicts(list, entry, c));
  const keys = entry ? namesOf(entry) : null;
  const rules: Array<(c: Candidate) => boolean> = [
    (c) => c.text === want,
    (c) => c.value === want,
    (c) => keys !== null && (keys.has(c.text) || keys.has(c.value)),
    (c) => keys !== null && ALTERNATIVES.test(c.text) && c.text.split(ALTERNATIVES).some((part) => keys.has(part)),
    (c) => fold(c.text) !== '' && fold(c.text) === fold(want),
  ];
  for (const rule of rules) {
    const found = candidates.filter(rule);
    if (found.length > 0) return found.length === 1 ? (found[0]?.index ?? -1) : -1;
  }
  return -1;
}

// A form numbering its own way (value 03 = 满族) must not be read by the standard's codes.
function contradicts(list: CodeList, entry: CodeEntry, candidate: Candidate): boolean {
  const named = findCode(list, candidate.text);
  return named !== null && named !== entry;
}
