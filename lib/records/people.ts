import { maskIdNumber, normalizeIdNumber } from '../values';
import type { RecordsDb } from './schema';
import type { Entity, Fact } from './types';

/** A held value and where it was last reported; what the panel and markers show. */
export interface KnownFact {
  key: string;
  value: string;
  portalName: string;
  observedAt: number;
}

export interface PersonRecord {
  entityId: string;
  displayName: string;
  maskedIdNumber: string;
  facts: KnownFact[];
}

function toKnownFact(fact: Fact): KnownFact {
  return { key: fact.key, value: fact.value, portalName: fact.source.portalName, observedAt: fact.observedAt };
}

function idNumberOf(entity: Entity): string {
  const token = entity.identifiers.find((identifier) => identifier.startsWith('id-number:'));
  return token ? token.slice('id-number:'.length) : '';
}

async function toPersonRecord(db: RecordsDb, entity: Entity): Promise<PersonRecord> {
  const facts = await db.getAllFromIndex('facts', 'by-entity', entity.id);
  return {
    entityId: entity.id,
    displayName: entity.displayName,
    maskedIdNumber: maskIdNumber(idNumberOf(entity)),
    facts: facts.filter((fact) => fact.supersededBy === undefined).map(toKnownFact),
  };
}

export async function findPersonByIdNumber(db: RecordsDb, idNumber: string): Promise<PersonRecord | null> {
  const token = `id-number:${normalizeIdNumber(idNumber)}`;
  const entity = await db.getFromIndex('entities', 'by-identifier', token);
  return entity ? toPersonRecord(db, entity) : null;
}

export async function findPersonById(db: RecordsDb, entityId: string): Promise<PersonRecord | null> {
  const entity = await db.get('entities', entityId);
  return entity ? toPersonRecord(db, entity) : null;
}

export interface PersonSummary {
  entityId: string;
  displayName: string;
  maskedIdNumber: string;
}

/**
 * People whose name contains the query or whose ID number starts or ends with it.
 * TODO(2026-11-26): a name index replaces this scan when the records manager lands, issue #4.
 */
export async function searchPeople(db: RecordsDb, query: string, limit = 8): Promise<PersonSummary[]> {
  const needle = query.trim();
  if (!needle) return [];
  const idNeedle = normalizeIdNumber(needle);
  const found: PersonSummary[] = [];
  let cursor = await db.transaction('entities').store.openCursor();
  while (cursor && found.length < limit) {
    const entity = cursor.value;
    const idNumber = idNumberOf(entity);
    const matches =
      entity.displayName.includes(needle) ||
      (idNeedle.length >= 4 && (idNumber.startsWith(idNeedle) || idNumber.endsWith(idNeedle)));
    if (entity.kind === 'person' && matches) {
      found.push({ entityId: entity.id, displayName: entity.displayName, maskedIdNumber: maskIdNumber(idNumber) });
    }
    cursor = await cursor.continue();
  }
  return found;
}
