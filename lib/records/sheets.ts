import type { Fact, FactSheet } from '../domain/records';

/** The settings record that hands out fact ids, so they stay unique across sheets. */
export const NEXT_FACT_ID = 'nextFactId';

/** Keys a person searches records by, besides names and ID numbers. */
const SEARCH_KEYS = new Set(['tel']);

export function searchValue(key: string, normalized: string): string {
  return `${key}\u0001${normalized}`;
}

export function isCurrent(fact: Fact): boolean {
  return fact.supersededBy === undefined;
}

/** A sheet with its index fields worked out from its facts. */
export function toSheet(entityId: string, facts: Fact[]): FactSheet {
  const searchValues = facts
    .filter((fact) => isCurrent(fact) && SEARCH_KEYS.has(fact.key))
    .map((fact) => searchValue(fact.key, fact.normalized));
  const submissionIds = [...new Set(facts.map((fact) => fact.submissionId))];
  return { entityId, facts, searchValues: [...new Set(searchValues)], submissionIds };
}
