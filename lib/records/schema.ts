import type { DBSchema, IDBPDatabase } from 'idb';
import type { Entity, Fact, FillEvent, Submission } from './types';

export const RECORDS_DB_NAME = 'fillonce-records';
export const RECORDS_DB_VERSION = 1;

export interface RecordsSchema extends DBSchema {
  entities: { key: string; value: Entity; indexes: { 'by-identifier': string } };
  facts: {
    key: number;
    value: Fact;
    indexes: { 'by-entity': string; 'by-entity-key': [string, string]; 'by-submission': number };
  };
  submissions: { key: number; value: Submission; indexes: { 'by-time': number } };
  fills: { key: number; value: FillEvent; indexes: { 'by-time': number } };
}

export type RecordsDb = IDBPDatabase<RecordsSchema>;

/**
 * Append-only migrations: a step is never edited once released, only new steps added,
 * so a database made by any earlier version upgrades without loss.
 */
export function upgradeRecords(db: RecordsDb, oldVersion: number): void {
  if (oldVersion < 1) {
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
}
