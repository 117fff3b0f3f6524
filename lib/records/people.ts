import { maskIdNumber, normalizeIdNumber } from '../values';
import type { RecordsDb } from './schema';
import type { Entity, Fact, SourceKind } from './types';

/** A held value and where it was last reported; what the panel and markers show. */
export interface KnownFact {
  key: string;
  value: string;
  normalized: string;
  portalName: string;
  sourceKind: SourceKind;
  observedAt: number;
  period?: string;
}

export interface PersonRecord {
  entityId: string;
  displayName: string;
  maskedIdNumber: string;
  /** The person's current facts and their household's; conflicting values all appear. */
  facts: KnownFact[];
}

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
  };
}

export async function findPersonByIdNumber(db: RecordsDb, idNumber: string): Promise<PersonRecord | null> {
  const token = `id-number:${normalizeIdNumber(idNumber)}`;
  const entity = await db.getFromIndex('entities', 'by-identifier', token);
  return entity ? toPersonRecord(db, entity) : null;
}

export async function findPersonById(db: RecordsDb, entityId: string): Promise<PersonRecord | null> {
  const entity = await db.get('entities', entityId);
  return entity?.kind === 'person' ? toPersonRecord(db, entity) : null;
}
