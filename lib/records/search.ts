import type { PersonSummary } from '../domain/people';
import type { Entity } from '../domain/records';
import { normalizeFieldValue } from '../fields/field-values';
import { maskIdNumber, normalizeIdNumber } from '../values';
import { isDeleted } from './delete';
import { idNumberOf } from './people';
import type { RecordsDb } from './schema';
import { searchValue } from './sheets';

function summary(entity: Entity): PersonSummary {
  return {
    entityId: entity.id,
    kind: entity.kind,
    displayName: entity.displayName,
    maskedIdNumber: maskIdNumber(idNumberOf(entity)),
  };
}

/**
 * Records found by a whole ID number, a whole phone number, or the start of a name; all
 * through indexes, so a search stays quick with tens of thousands of people.
 */
export async function searchEntities(db: RecordsDb, query: string, limit = 20): Promise<PersonSummary[]> {
  const needle = query.trim();
  if (!needle) return [];
  const found = new Map<string, Entity>();
  const byId = await db.getFromIndex('entities', 'by-identifier', `id-number:${normalizeIdNumber(needle)}`);
  if (byId) found.set(byId.id, byId);
  const phone = searchValue('tel', normalizeFieldValue('tel', needle));
  for (const sheet of await db.getAllFromIndex('factSheets', 'by-search-value', phone, limit)) {
    const entity = await db.get('entities', sheet.entityId);
    if (entity) found.set(entity.id, entity);
  }
  const names = IDBKeyRange.bound(needle, `${needle}\uffff`);
  for (const entity of await db.getAllFromIndex('entities', 'by-name', names, limit)) found.set(entity.id, entity);
  return [...found.values()]
    .filter((entity) => !isDeleted(entity))
    .slice(0, limit)
    .map(summary);
}

/** People only, for the in-page picker. */
export async function searchPeople(db: RecordsDb, query: string, limit = 8): Promise<PersonSummary[]> {
  return (await searchEntities(db, query, limit * 2)).filter((entity) => entity.kind === 'person').slice(0, limit);
}
