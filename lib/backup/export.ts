import { RECORDS_DB_VERSION, type RecordsDb } from '../records/schema';
import { encrypt } from './crypto';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument, DATABASE_STORES } from './format';

/** All stores are read in one transaction, so the backup is a snapshot no concurrent write can tear. */
export async function exportBackup(db: RecordsDb, now: number): Promise<BackupDocument> {
  const tx = db.transaction(DATABASE_STORES, 'readonly');
  const [[entities, sheets, memberships, submissions, fills, settings]] = await Promise.all([
    Promise.all([
      tx.objectStore('entities').getAll(),
      tx.objectStore('factSheets').getAll(),
      tx.objectStore('memberships').getAll(),
      tx.objectStore('submissions').getAll(),
      tx.objectStore('fills').getAll(),
      tx.objectStore('settings').getAll(),
    ]),
    tx.done,
  ]);
  const facts = sheets.flatMap((sheet) => sheet.facts).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: RECORDS_DB_VERSION,
    createdAt: now,
    stores: { entities, facts, memberships, submissions, fills, settings },
  };
}

/** The file's text; with a passphrase, the same text sealed with AES-GCM under a PBKDF2 key. */
export async function encodeBackup(doc: BackupDocument, passphrase?: string): Promise<string> {
  const plain = JSON.stringify(doc);
  if (passphrase === undefined) return plain;
  // An empty passphrase would look protected while anyone could open it.
  if (passphrase === '') throw new RangeError('encodeBackup: the passphrase is empty');
  return JSON.stringify(await encrypt(plain, passphrase));
}
