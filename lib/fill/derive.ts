import type { KnownFact } from '../domain/people';
import { joinPath, splitPath } from '../values';

const REGION = 'address.region';
/** 省, 市, 县, 乡: a region path's levels, top down. */
const LEVELS = ['address-level1', 'address-level2', 'address-level3', 'address-level4'];

function withValue(fact: KnownFact, key: string, value: string): KnownFact {
  return { ...fact, key, value, normalized: value };
}

/**
 * Values a form may ask for in another shape than they were reported in: a cascader's
 * 省/市/县 path is the 所在省, 所在市 and 所在县 three selects ask for, and the other way
 * round. The derived value keeps its source's provenance, so a flag still says where it
 * was reported. A value held in its own right always wins.
 */
export function deriveHeld(held: ReadonlyMap<string, KnownFact>): Map<string, KnownFact> {
  const result = new Map(held);
  const region = held.get(REGION);
  if (region) {
    splitPath(region.value).forEach((name, depth) => {
      const key = LEVELS[depth];
      if (key && !result.has(key)) result.set(key, withValue(region, key, name));
    });
  }
  const levels = LEVELS.map((key) => held.get(key));
  const top = levels.findIndex((fact) => !fact);
  const known = (top === -1 ? levels : levels.slice(0, top)) as KnownFact[];
  const newest = known.reduce<KnownFact | null>(
    (best, fact) => (!best || fact.observedAt > best.observedAt ? fact : best),
    null,
  );
  if (!result.has(REGION) && known.length >= 2 && newest) {
    result.set(REGION, withValue(newest, REGION, joinPath(known.map((fact) => fact.value))));
  }
  return result;
}
