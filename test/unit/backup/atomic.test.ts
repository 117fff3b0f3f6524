import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BackupDocument, decodeBackup, encodeBackup, exportBackup, restoreBackup } from '../../../lib/backup';
import type { RecordsDb } from '../../../lib/records/schema';
import { addLocalRecords, openFreshRecords, seedRecords, snapshot } from './fixture';

let db: RecordsDb;
let backup: BackupDocument;

beforeEach(async () => {
  const source = await openFreshRecords();
  await seedRecords(source);
  backup = await exportBackup(source, 1_770_000_000_000);
  source.close();
  db = await openFreshRecords();
  await seedRecords(db);
  await addLocalRecords(db);
});
afterEach(() => db.close());

async function expectUnchangedAfterFailedRestore(doc: BackupDocument): Promise<void> {
  const before = await snapshot(db);
  await expect(restoreBackup(db, doc)).rejects.toThrow();
  expect(await snapshot(db)).toStrictEqual(before);
}

describe('restore is all or nothing', () => {
  it('keeps the old data when a backup that passed validation fails on writing', async () => {
    // Two people claiming one ID number: every link holds, but the unique identifier index refuses it.
    const first = backup.stores.entities[0];
    const second = backup.stores.entities[1];
    if (!first || !second) throw new Error('fixture has people');
    second.identifiers = [...first.identifiers];
    const decoded = await decodeBackup(await encodeBackup(backup));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) await expectUnchangedAfterFailedRestore(decoded.backup);
  });

  it('keeps the old data when a write late in the last store fails on a duplicate key', async () => {
    const setting = backup.stores.settings[0];
    if (!setting) throw new Error('fixture has settings');
    backup.stores.settings.push({ ...setting });
    await expectUnchangedAfterFailedRestore(backup);
  });

  it('keeps the old data when queueing a write throws instead of failing its request', async () => {
    // NaN is no valid key: add() throws synchronously, which on its own would not abort the transaction.
    const submission = backup.stores.submissions[1];
    if (!submission) throw new Error('fixture has submissions');
    backup.stores.submissions.push({ ...submission, id: Number.NaN });
    await expectUnchangedAfterFailedRestore(backup);
  });

  it('leaves the database usable after a failed restore', async () => {
    backup.stores.settings.push({ key: 'only-in-current', value: 'x' }, { key: 'only-in-current', value: 'y' });
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    backup.stores.settings.pop();
    await restoreBackup(db, backup);
    expect(await db.get('settings', 'only-in-current')).toEqual({ key: 'only-in-current', value: 'x' });
  });
});
