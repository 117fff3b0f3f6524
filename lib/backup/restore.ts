import * as v from 'valibot';
import type { Fact } from '../domain/records';
import type { RecordsDb } from '../records/schema';
import { NEXT_FACT_ID, toSheet } from '../records/sheets';
import { decrypt } from './crypto';
import { encryptedBackupSchema } from './envelope';
import {
  BACKUP_STORES,
  BACKUP_VERSION,
  type BackupDocument,
  DATABASE_STORES,
  DERIVED_STORES,
  type DecodeResult,
  ENCRYPTED_BACKUP_FORMAT,
  type StoreCounts,
} from './format';
import { describeIssue } from './issues';
import { summarise } from './summary';
import { failure, validateBackup } from './validate';

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

const isEncrypted = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_BACKUP_FORMAT;

async function openEncrypted(envelope: unknown, passphrase: string | undefined): Promise<DecodeResult> {
  const version = (envelope as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return failure('newer-version', `encrypted backup format version ${version}`);
  }
  const checked = v.safeParse(encryptedBackupSchema, envelope, { abortEarly: true });
  if (!checked.success) {
    return failure('corrupted', checked.issues[0] ? describeIssue(checked.issues[0]) : 'bad envelope');
  }
  if (!passphrase) return failure('needs-passphrase', 'this backup is encrypted');
  const plain = await decrypt(checked.output, passphrase);
  if (!plain) return failure('wrong-passphrase', 'the passphrase does not open this backup, or the file was changed');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return failure('corrupted', 'the decrypted backup is not text');
  }
  const inner = parseJson(text);
  // A backup sealed inside another would need a second passphrase no one was asked for.
  if (!inner.ok || isEncrypted(inner.value)) {
    return failure('corrupted', 'the decrypted backup is not a backup document');
  }
  return validateBackup(inner.value);
}

/** Never throws: every way a file can be unusable comes back as an error the UI can name. */
export async function decodeBackup(text: string, passphrase?: string): Promise<DecodeResult> {
  const parsed = parseJson(text);
  if (!parsed.ok) return failure('not-json', parsed.detail);
  if (isEncrypted(parsed.value)) return openEncrypted(parsed.value, passphrase);
  return validateBackup(parsed.value);
}

/**
 * Replaces every record in one transaction. A failed write (or a throw while queueing one)
 * aborts it, so the database is either the backup's or exactly what it was before.
 */
export async function restoreBackup(db: RecordsDb, backup: BackupDocument): Promise<StoreCounts> {
  const tx = db.transaction([...DATABASE_STORES, ...DERIVED_STORES], 'readwrite');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    for (const name of [...DATABASE_STORES, ...DERIVED_STORES]) pending.push(tx.objectStore(name).clear());
    for (const name of BACKUP_STORES) {
      if (name === 'facts') continue;
      const store = tx.objectStore(name);
      // `name` is a union here, so TypeScript cannot pair a record with its store; validation already paired them.
      for (const record of backup.stores[name]) pending.push(store.add(record as never));
    }
    const byEntity = new Map<string, Fact[]>();
    for (const fact of backup.stores.facts) byEntity.set(fact.entityId, [...(byEntity.get(fact.entityId) ?? []), fact]);
    for (const [entityId, facts] of byEntity) pending.push(tx.objectStore('factSheets').add(toSheet(entityId, facts)));
    // New facts must take ids above every restored one.
    const nextId = Math.max(0, ...backup.stores.facts.map((fact) => fact.id ?? 0)) + 1;
    const counter = backup.stores.settings.find((setting) => setting.key === NEXT_FACT_ID);
    pending.push(
      tx
        .objectStore('settings')
        .put({ key: NEXT_FACT_ID, value: String(Math.max(nextId, Number(counter?.value ?? 0))) }),
    );
  } catch (error) {
    tx.abort();
    await Promise.allSettled(pending);
    throw error;
  }
  await Promise.all(pending);
  return summarise(backup);
}

export async function wipeRecords(db: RecordsDb): Promise<void> {
  const stores = [...DATABASE_STORES, ...DERIVED_STORES];
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
}
