import type { HouseholdMember, KnownFact, PersonRecord } from '../domain/people';
import type { Entity, Fact, Membership } from '../domain/records';
import { maskIdNumber, normalizeIdNumber, relationRank } from '../values';
import { isDeleted } from './delete';
import type { RecordsDb } from './schema';

export function toKnownFact(fact: Fact): KnownFact {
  return {
    key: fact.key,
    value: fact.value,
    normalized: fact.normalized,
    portalName: fact.source.form ? `${fact.source.portalName} · ${fact.source.form}` : fact.source.portalName,
    sourceKind: fact.source.kind ?? 'portal',
    observedAt: fact.observedAt,
    ...(fact.period !== undefined && { period: fact.period }),
  };
}

export function idNumberOf(entity: Entity): string {
  const token = entity.identifiers.find((identifier) => identifier.startsWith('id-number:'));
  return token ? token.slice('id-number:'.length) : '';
}

export async function currentFacts(db: RecordsDb, entityId: string): Promise<Fact[]> {
  const sheet = await db.get('factSheets', entityId);
  return (sheet?.facts ?? []).filter((fact) => fact.supersededBy === undefined);
}

async function toPersonRecord(db: RecordsDb, entity: Entity): Promise<PersonRecord> {
  const own = await currentFacts(db, entity.id);
  const households = await db.getAllFromIndex('memberships', 'by-person', entity.id);
  const household = (
    await Promise.all(households.map((membership) => currentFacts(db, membership.householdId)))
  ).flat();
  return {
    entityId: entity.id,
    displayName: entity.displayName,
    maskedIdNumber: maskIdNumber(idNumberOf(entity)),
    facts: [...own, ...household].map(toKnownFact),
    members: await householdMembers(db, entity.id, households),
  };
}

/** A member's relation to the head, as the membership says when the member's facts do not. */
function relationFact(membership: Membership, facts: readonly KnownFact[]): KnownFact[] {
  const reference = facts[0];
  if (!membership.relation || !reference || facts.some((fact) => fact.key === 'person.relation-to-head')) return [];
  const relation = membership.relation;
  return [{ ...reference, key: 'person.relation-to-head', value: relation, normalized: relation }];
}

async function householdMembers(
  db: RecordsDb,
  personId: string,
  households: readonly Membership[],
): Promise<HouseholdMember[]> {
  const memberships = (
    await Promise.all(households.map((own) => db.getAllFromIndex('memberships', 'by-household', own.householdId)))
  )
    .flat()
    .filter((membership) => membership.personId !== personId);
  const members = await Promise.all(
    memberships.map(async (membership) => {
      const [person, facts] = await Promise.all([
        db.get('entities', membership.personId),
        currentFacts(db, membership.personId),
      ]);
      if (person?.kind !== 'person' || isDeleted(person)) return null;
      const known = facts.map(toKnownFact);
      const birth = known.find((fact) => fact.key === 'bday')?.normalized ?? '';
      return {
        order: [relationRank(membership.relation), birth] as const,
        member: {
          entityId: person.id,
          displayName: person.displayName,
          relation: membership.relation,
          facts: [...known, ...relationFact(membership, known)],
        },
      };
    }),
  );
  // A register lists the head, the spouse, then children and grandchildren, elder before younger.
  return members
    .filter((entry) => entry !== null)
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1].localeCompare(b.order[1]))
    .map((entry) => entry.member);
}

export async function findPersonByIdNumber(db: RecordsDb, idNumber: string): Promise<PersonRecord | null> {
  const token = `id-number:${normalizeIdNumber(idNumber)}`;
  const entity = await db.getFromIndex('entities', 'by-identifier', token);
  return entity ? toPersonRecord(db, entity) : null;
}

/** A deleted person is found by no lookup: not by ID number (its identifiers are parked), not by id. */
export async function findPersonById(db: RecordsDb, entityId: string): Promise<PersonRecord | null> {
  const entity = await db.get('entities', entityId);
  return entity?.kind === 'person' && !isDeleted(entity) ? toPersonRecord(db, entity) : null;
}
