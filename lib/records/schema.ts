import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Entity, Fact, FactSheet, FillEvent, Membership, Setting, Submission } from '../domain/records';
import { NEXT_FACT_ID, toSheet } from './sheets';
import type { StatsRecord } from './stats-cache';

export const RECORDS_DB_NAME = 'fillonce-records';
export const RECORDS_DB_VERSION = 4;

export interface RecordsSchema extends DBSchema {
  entities: { key: string; value: Entity; indexes: { 'by-identifier': string; 'by-name': string } };
  factSheets: { key: string; value: FactSheet; indexes: { 'by-search-value': string; 'by-submission': number } };
  /** Versions 1 and 2 kept one record per fact; version 3 moved them into fact sheets. Only migrations use it. */
  facts: {
    key: number;
    value: Fact;
    indexes: {
      'by-entity': string;
      'by-entity-key': [string, string];
      'by-submission': number;
      'by-key-value': [string, string];
    };
  };
  memberships: { key: string; value: Membership; indexes: { 'by-household': string; 'by-person': string } };
  submissions: { key: number; value: Submission; indexes: { 'by-time': number } };
  fills: { key: number; value: FillEvent; indexes: { 'by-time': number } };
  settings: { key: string; value: Setting };
  /** Derived from submissions and fills (see stats-cache.ts); never backed up. */
  stats: { key: string; value: StatsRecord };
}

export type RecordsDb = IDBPDatabase<RecordsSchema>;
type UpgradeTransaction = IDBPTransaction<RecordsSchema, StoreNames<RecordsSchema>[], 'versionchange'>;

/**
 * Append-only migrations: a step is never edited once released, only new steps added, so a
 * database made by any earlier version upgrades without loss. Stores and indexes are made
 * first, synchronously, while the upgrade transaction is surely active; the data steps follow,
 * each made of requests. If one fails, the whole upgrade rolls back.
 */
export async function upgradeRecords(
  db: RecordsDb,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  // A step runs when the database is older than it and the target includes it, so a test can
  // make the database any earlier version made.
  const needs = (version: number) => oldVersion < version && version <= newVersion;
  if (needs(1)) {
    const entities = db.createObjectStore('entities', { keyPath: 'id' });
    entities.createIndex('by-identifier', 'identifiers', { multiEntry: true, unique: true });
    const facts = db.createObjectStore('facts', { keyPath: 'id', autoIncrement: true });
    facts.createIndex('by-entity', 'entityId');
    facts.createIndex('by-entity-key', ['entityId', 'key']);
    facts.createIndex('by-submission', 'submissionId');
    const submissions = db.createObjectStore('submissions', { keyPath: 'id', autoIncrement: true });
    submissions.createIndex('by-time', 'submittedAt');
    const fills = db.createObjectStore('fills', { keyPath: 'id', autoIncrement: true });
    fills.createIndex('by-time', 'at');
  }
  if (needs(2)) {
    // Households, searching by name and by any value (a phone number), and settings.
    const memberships = db.createObjectStore('memberships', { keyPath: 'id' });
    memberships.createIndex('by-household', 'householdId');
    memberships.createIndex('by-person', 'personId');
    db.createObjectStore('settings', { keyPath: 'key' });
    tx.objectStore('entities').createIndex('by-name', 'displayName');
    tx.objectStore('facts').createIndex('by-key-value', ['key', 'normalized']);
  }
  if (needs(3)) {
    // One record per fact made a 10,000-row ledger 110,000 writes; an entity's facts now
    // travel together in one sheet, read and written whole. The old store stays, emptied.
    const sheets = db.createObjectStore('factSheets', { keyPath: 'entityId' });
    sheets.createIndex('by-search-value', 'searchValues', { multiEntry: true });
    sheets.createIndex('by-submission', 'submissionIds', { multiEntry: true });
  }
  if (needs(4)) {
    // The statistics' sums. Empty, they count nothing, so the first read builds them from the
    // submissions and fills already held: nothing to move here.
    db.createObjectStore('stats', { keyPath: 'id' });
  }
  if (needs(2)) {
    // Every record before version 2 came from a portal submit: say so.
    for (const store of ['facts', 'submissions'] as const) {
      for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
        if (!cursor.value.source.kind)
          await cursor.update({ ...cursor.value, source: { ...cursor.value.source, kind: 'portal' } });
      }
    }
  }
  if (needs(3)) await moveFactsIntoSheets(tx);
}

async function moveFactsIntoSheets(tx: UpgradeTransaction): Promise<void> {
  const byEntity = new Map<string, Fact[]>();
  let maxId = 0;
  for (let cursor = await tx.objectStore('facts').openCursor(); cursor; cursor = await cursor.continue()) {
    const fact = cursor.value;
    byEntity.set(fact.entityId, [...(byEntity.get(fact.entityId) ?? []), fact]);
    maxId = Math.max(maxId, fact.id ?? 0);
  }
  for (const [entityId, facts] of byEntity) await tx.objectStore('factSheets').put(toSheet(entityId, facts));
  await tx.objectStore('settings').put({ key: NEXT_FACT_ID, value: String(maxId + 1) });
  await tx.objectStore('facts').clear();
}
