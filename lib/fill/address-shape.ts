import { type AddressLevel, addressBelow, joinPath, parseAddressLevels, splitPath } from '../values';

// The first level word a 详细地址's placeholder names says where its part starts:
// 乡镇（街道）、村（社区）、门牌号 starts below the county, 村组门牌号 below the village.
const HINT_LEVELS: ReadonlyArray<readonly [RegExp, AddressLevel | null]> = [
  [/省|[至到](?:门牌|户)/, null],
  [/区县|县（|县\/|县、/, 'city'],
  [/乡镇|街道|乡（|镇（/, 'county'],
  [/村组|村民小组|(?<!村)组|门牌/, 'village'],
  [/村（|村\(|村\/|村、|行政村|社区/, 'township'],
];

function hintLevel(hint: string): AddressLevel | null | undefined {
  let best: { at: number; level: AddressLevel | null } | undefined;
  for (const [pattern, level] of HINT_LEVELS) {
    const at = hint.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { at, level };
  }
  return best?.level;
}

/** The smallest division the form asks for in a field of its own; a 省/市/县 cascader counts as the county. */
const ASKED_LEVELS: ReadonlyArray<readonly [string, AddressLevel]> = [
  ['address.village', 'village'],
  ['address-level4', 'township'],
  ['address-level3', 'county'],
  ['address.region', 'county'],
  ['address-level2', 'city'],
  ['address-level1', 'province'],
];

/**
 * The held address as this form asks for it: each field gets exactly the part its neighbours
 * leave it. A 详细地址 beside 省/市/县 pickers gets what lies below the county, a township or
 * village field its level, and a cascader as many levels as the address names.
 */
export function shapeAddress(
  held: ReadonlyMap<string, string>,
  asked: ReadonlySet<string>,
  streetHint: string,
): Map<string, string> {
  const result = new Map(held);
  const street = held.get('street-address');
  const region = splitPath(held.get('address.region') ?? '');
  const levels = parseAddressLevels(street ?? '', {
    province: held.get('address-level1') ?? region[0],
    city: held.get('address-level2') ?? region[1],
    county: held.get('address-level3') ?? region[2],
    township: held.get('address-level4') ?? region[3],
    village: held.get('address.village'),
  });
  if (!levels.county) return result;
  if (levels.township && !result.has('address-level4')) result.set('address-level4', levels.township);
  if (levels.village && !result.has('address.village')) result.set('address.village', levels.village);
  // A cascader goes down as far as its own levels do (the driver stops at its leaf): to the
  // village, unless the form asks the village in a field of its own.
  const lowest = asked.has('address.village') ? [levels.township] : [levels.township, levels.village];
  const path = [levels.province, levels.city, levels.county, ...lowest].filter((name) => name !== undefined);
  if (region.length > 0 && path.length > region.length) result.set('address.region', joinPath(path as string[]));
  if (street !== undefined) {
    const fromHint = hintLevel(streetHint);
    const smallest = ASKED_LEVELS.find(([key]) => asked.has(key))?.[1] ?? null;
    result.set('street-address', addressBelow(levels, fromHint === undefined ? smallest : fromHint));
  }
  return result;
}
