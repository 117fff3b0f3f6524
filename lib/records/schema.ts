import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Entity, Fact, FillEvent, Membership, Setting, Submission } from './types';

export const RECORDS_DB_NAME = 'fillonce-records';
export const RECORDS_DB_VERSION = 2;

export interface RecordsSchema extends DBSchema {
  entities: { key: string; value: Entity; indexes: { 'by-identifier': string; 'by-name': string } };
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
}

export type RecordsDb = IDBPDatabase<RecordsSchema>;
type UpgradeTransaction = IDBPTransaction<RecordsSchema, StoreNames<RecordsSchema>[], 'versionchange'>;

/**
 * Append-only migrations: a step is never edited once released, only new steps added, so a
 * database made by any earlier version upgrades without loss. Data steps run in the upgrade
 * transaction: if one fails, the database stays as it was.
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
    // Every record before version 2 came from a portal submit: say so.
    for (const store of ['facts', 'submissions'] as const) {
      for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
        if (!cursor.value.source.kind)
          await cursor.update({ ...cursor.value, source: { ...cursor.value.source, kind: 'portal' } });
      }
    }
  }
}
