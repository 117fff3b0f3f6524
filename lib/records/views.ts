import type { Entity, Fact } from '../domain/records';
import type { ConflictView, EntityDetail, FactView } from '../domain/views';
import { maskIdNumber } from '../values';
import { findConflicts } from './conflicts';
import { isDeleted } from './delete';
import type { RecordsDb } from './schema';

function maskIdentifier(token: string): string {
  const [type, ...rest] = token.replace(/^deleted:/, '').split(':');
  const value = rest.join(':');
  return type === 'id-number' || type === 'household-of' ? `${type}:${maskIdNumber(value)}` : `${type}:${value}`;
}

function toView(fact: Fact, conflicting: ReadonlySet<number>): FactView {
  return {
    id: fact.id as number,
    key: fact.key,
    // An ID number shown in the manager stays masked: the full number lives only in the store.
    value: fact.key === 'id-number' ? maskIdNumber(fact.value) : fact.value,
    masked: fact.key === 'id-number',
    ...(fact.period !== undefined && { period: fact.period }),
    sourceName: fact.source.form ? `${fact.source.portalName} · ${fact.source.form}` : fact.source.portalName,
    sourceKind: fact.source.kind ?? 'portal',
    url: fact.source.url,
    observedAt: fact.observedAt,
    current: fact.supersededBy === undefined,
    conflict: conflicting.has(fact.id as number),
  };
}

async function nameOf(db: RecordsDb, entityId: string): Promise<string> {
  return (await db.get('entities', entityId))?.displayName ?? '';
}

/** Everything the records manager shows of one entity: facts with history and provenance. */
export async function entityDetail(db: RecordsDb, entityId: string): Promise<EntityDetail | null> {
  const entity: Entity | undefined = await db.get('entities', entityId);
  if (!entity) return null;
  const facts = (await db.get('factSheets', entityId))?.facts ?? [];
  const conflicting = new Set(
    findConflicts(facts).flatMap((conflict) => conflict.facts.map((fact) => fact.id as number)),
  );
  const ordered = [...facts].sort(
    (a, b) =>
      Number(a.supersededBy !== undefined) - Number(b.supersededBy !== undefined) || b.observedAt - a.observedAt,
  );
  const asMember = await db.getAllFromIndex('memberships', 'by-person', entityId);
  const asHousehold = await db.getAllFromIndex('memberships', 'by-household', entityId);
  return {
    id: entity.id,
    kind: entity.kind,
    displayName: entity.displayName,
    maskedIdentifiers: entity.identifiers.map(maskIdentifier),
    deleted: isDeleted(entity),
    facts: ordered.map((fact) => toView(fact, conflicting)),
    members: await Promise.all(
      asHousehold.map(async (m) => ({
        entityId: m.personId,
        displayName: await nameOf(db, m.personId),
        relation: m.relation,
        isHead: m.isHead,
      })),
    ),
    households: await Promise.all(
      asMember.map(async (m) => ({
        entityId: m.householdId,
        displayName: await nameOf(db, m.householdId),
        relation: m.relation,
      })),
    ),
  };
}

/** Every unsettled conflict in the store, for the records manager's list. */
export async function listConflicts(db: RecordsDb): Promise<ConflictView[]> {
  const current: Fact[] = [];
  for (let cursor = await db.transaction('factSheets').store.openCursor(); cursor; cursor = await cursor.continue()) {
    for (const fact of cursor.value.facts) if (fact.supersededBy === undefined) current.push(fact);
  }
  const conflicts = findConflicts(current);
  return Promise.all(
    conflicts.map(async (conflict) => {
      const ids = new Set(conflict.facts.map((fact) => fact.id as number));
      return {
        entityId: conflict.entityId,
        entityName: await nameOf(db, conflict.entityId),
        key: conflict.key,
        ...(conflict.period !== undefined && { period: conflict.period }),
        values: conflict.facts.map((fact) => toView(fact, ids)),
      };
    }),
  );
}
