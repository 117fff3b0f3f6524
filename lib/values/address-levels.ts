import { splitAddress } from './address';

/** An address in the levels forms ask for separately: GB/T 2260 divisions, then what lies below. */
export interface AddressLevels {
  province?: string;
  city?: string;
  county?: string;
  township?: string;
  village?: string;
  /** 三组26号: below the smallest division named. */
  detail: string;
}

export const ADDRESS_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type AddressLevel = (typeof ADDRESS_LEVELS)[number];

// A township-level name ends in 镇, 乡 (民族乡 too), 街道 or 苏木; a village-level one in 村, 社区,
// 居委会 or 嘎查. Two to ten characters before the suffix: 新乡村路 is neither.
const TOWNSHIP = /^([\p{Script=Han}]{2,10}?(?:街道办事处|街道|镇|乡|苏木))(?![镇乡村街])/u;
const VILLAGE = /^([\p{Script=Han}]{1,10}?(?:村民委员会|居民委员会|村委会|居委会|社区|嘎查|村))(?![委民])/u;

function peel(text: string, pattern: RegExp): [string | undefined, string] {
  const found = pattern.exec(text);
  return found?.[1] ? [found[1], text.slice(found[1].length).trimStart()] : [undefined, text];
}

/**
 * Splits an address into its levels. Divisions down to the county are GB/T 2260's; a township
 * and a village are read from how their names end. `known` supplies levels a form asked for
 * separately, which the text then need not repeat (详细地址 西江镇控拜村三组26号 under 雷山县).
 */
export function parseAddressLevels(raw: string, known: Partial<Omit<AddressLevels, 'detail'>> = {}): AddressLevels {
  const peeled = splitAddress(raw);
  const levels: AddressLevels = {
    province: peeled.province ?? known.province,
    city: peeled.city ?? known.city,
    county: peeled.county ?? known.county,
    detail: peeled.rest,
  };
  // Below an unknown county (示范县城关镇…) a township cannot be told from the county's own name.
  if (!levels.county) return withoutEmpty({ ...levels, detail: raw.normalize('NFKC').trim() });
  const [township, afterTownship] = known.township
    ? [known.township, stripPrefix(levels.detail, known.township)]
    : peel(levels.detail, TOWNSHIP);
  const [village, afterVillage] = known.village
    ? [known.village, stripPrefix(afterTownship, known.village)]
    : peel(afterTownship, VILLAGE);
  return withoutEmpty({ ...levels, township, village, detail: afterVillage });
}

function withoutEmpty(levels: AddressLevels): AddressLevels {
  return Object.fromEntries(
    Object.entries(levels).filter(([, value]) => value !== undefined),
  ) as unknown as AddressLevels;
}

function stripPrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length).trimStart() : text;
}

/** The address as one line, from the province down. */
export function joinAddressLevels(levels: AddressLevels): string {
  return [...ADDRESS_LEVELS.map((level) => levels[level] ?? ''), levels.detail].join('');
}

/** What lies below `level`: the part a 详细地址 beside pickers down to that level wants. */
export function addressBelow(levels: AddressLevels, level: AddressLevel | null): string {
  if (level === null) return joinAddressLevels(levels);
  const from = ADDRESS_LEVELS.indexOf(level) + 1;
  return [...ADDRESS_LEVELS.slice(from).map((name) => levels[name] ?? ''), levels.detail].join('');
}
