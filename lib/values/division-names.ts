import { ETHNIC_GROUP_NAMES } from './codes';

// Longest first, so 自治县 is taken off before 县.
const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '省',
  '市',
  '盟',
  '区',
  '县',
  '旗',
];
// 广西壮族自治区 is written 广西: the peoples named before 自治… go with the suffix.
const PEOPLES = [...ETHNIC_GROUP_NAMES, '维吾尔'].sort((a, b) => b.length - a.length);

export type SplitName = { stem: string; suffix: string };

/**
 * 广西壮族自治区 → 广西 + 自治区, 朝阳区 → 朝阳 + 区. A stem is never shorter than two
 * characters: 城区 and 涉县 are names in their own right, not 城 and 涉.
 */
export function splitDivisionName(name: string): SplitName {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  if (!suffix || name.length - suffix.length < 2) return { stem: name, suffix: '' };
  let stem = name.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) {
    for (let people = peopleAtEnd(stem); people; people = peopleAtEnd(stem)) stem = stem.slice(0, -people.length);
  }
  return { stem, suffix };
}

function peopleAtEnd(stem: string): string | undefined {
  return PEOPLES.find((p) => stem.endsWith(p) && stem.length - p.length >= 2);
}

function clean(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

// 北京 ~ 北京市 and 广西 ~ 广西壮族自治区, but never 朝阳县 ~ 朝阳市: two different suffixes are
// two different places, so a stem match needs one side to carry no suffix at all.
function sameDivision(a: string, b: string): boolean {
  const [x, y] = [splitDivisionName(a), splitDivisionName(b)];
  return x.stem === y.stem && (x.suffix === y.suffix || x.suffix === '' || y.suffix === '');
}

/** Index of the candidate naming the same division as `wanted`; -1 when none or several do. */
export function matchDivisionName(wanted: string, candidates: readonly string[]): number {
  const name = clean(wanted);
  if (!name) return -1;
  const names = candidates.map(clean);
  const exact = indexesWhere(names, (c) => c === name);
  if (exact.length > 0) return exact.length === 1 ? (exact[0] ?? -1) : -1;
  const loose = indexesWhere(names, (c) => c !== '' && sameDivision(name, c));
  return loose.length === 1 ? (loose[0] ?? -1) : -1;
}

function indexesWhere(items: readonly string[], test: (item: string) => boolean): number[] {
  return items.flatMap((item, i) => (test(item) ? [i] : []));
}
