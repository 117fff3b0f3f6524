import { openDB } from 'idb';
import { RECORDS_DB_NAME, RECORDS_DB_VERSION, type RecordsDb, type RecordsSchema, upgradeRecords } from './schema';

/** Opens the record store. Only the background calls this: records live in the extension's origin. */
export function openRecords(name = RECORDS_DB_NAME, version = RECORDS_DB_VERSION): Promise<RecordsDb> {
  return openDB<RecordsSchema>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeRecords(db, oldVersion, newVersion ?? version, tx),
  });
}
