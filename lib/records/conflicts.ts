import type { Fact } from '../domain/records';

/** Values for the same key and period that disagree: all kept, until a person settles them. */
export interface Conflict {
  entityId: string;
  key: string;
  period?: string;
  facts: Fact[];
}

export function findConflicts(currentFacts: readonly Fact[]): Conflict[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of currentFacts) {
    if (fact.supersededBy !== undefined) continue;
    const group = `${fact.entityId}|${fact.key}|${fact.period ?? ''}`;
    groups.set(group, [...(groups.get(group) ?? []), fact]);
  }
  return [...groups.values()]
    .filter((facts) => new Set(facts.map((fact) => fact.normalized)).size > 1)
    .map((facts) => {
      const [first] = facts as [Fact];
      return {
        entityId: first.entityId,
        key: first.key,
        ...(first.period !== undefined && { period: first.period }),
        facts,
      };
    });
}
