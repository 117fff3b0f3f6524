import { openDB } from 'idb';
import { RECORDS_DB_NAME, RECORDS_DB_VERSION, type RecordsDb, type RecordsSchema, upgradeRecords } from './schema';

/** Opens the record store. Only the background calls this: records live in the extension's origin. */
export function openRecords(name = RECORDS_DB_NAME): Promise<RecordsDb> {
  return openDB<RecordsSchema>(name, RECORDS_DB_VERSION, {
    upgrade: (db, oldVersion) => upgradeRecords(db, oldVersion),
  });
}
