import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, exportBackup, restoreBackup, summarise, wipeRecords } from '../../../lib/backup';
import { RECORDS_DB_VERSION, type RecordsDb } from '../../../lib/records/schema';
import { openFreshRecords, seedRecords, snapshot } from './fixture';

const NOW = 1_770_000_000_000;
let db: RecordsDb;

beforeEach(async () => {
  db = await openFreshRecords();
  await seedRecords(db);
});
afterEach(() => db.close());

async function backupWipeRestore(passphrase?: string) {
  const before = await snapshot(db);
  const text = await encodeBackup(await exportBackup(db, NOW), passphrase);
  await wipeRecords(db);
  const decoded = await decodeBackup(text, passphrase);
  if (!decoded.ok) throw new Error(`${decoded.error.code}: ${decoded.error.detail}`);
  const counts = await restoreBackup(db, decoded.backup);
  return { before, after: await snapshot(db), counts };
}

describe('backup round trip', () => {
  it('restores every record of every store exactly after a wipe', async () => {
    const { before, after, counts } = await backupWipeRestore();
    expect(after).toStrictEqual(before);
    expect(counts).toEqual({ entities: 3, facts: 3, memberships: 2, submissions: 2, fills: 2, settings: 3 });
  });

  it('restores every record exactly through an encrypted file', { timeout: 30_000 }, async () => {
    const { before, after } = await backupWipeRestore('门前大桥下 游过一群鸭');
    expect(after).toStrictEqual(before);
  });

  it('stamps the document with its format, the records schema version and the time given', async () => {
    const doc = await exportBackup(db, NOW);
    expect(doc).toMatchObject({
      format: 'fillonce-backup',
      version: 1,
      schemaVersion: RECORDS_DB_VERSION,
      createdAt: NOW,
    });
  });

  it('keeps issuing new ids above the restored ones, so later captures do not collide', async () => {
    await backupWipeRestore();
    const id = await db.add('fills', {
      source: { portalId: null, portalName: 'x', url: 'http://x/' },
      at: NOW,
      keys: [],
      secondsSaved: 0,
      undone: false,
    });
    expect(id).toBe(3);
  });

  it('replaces records made after the backup instead of merging with them', async () => {
    const text = await encodeBackup(await exportBackup(db, NOW));
    const before = await snapshot(db);
    await db.put('settings', { key: 'capture:later', value: 'ask' });
    await db.delete('memberships', before.memberships[0]?.id ?? '');
    const decoded = await decodeBackup(text);
    if (!decoded.ok) throw new Error(decoded.error.detail);
    await restoreBackup(db, decoded.backup);
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('does not include a write that started after the export', async () => {
    const [doc] = await Promise.all([
      exportBackup(db, NOW),
      db.put('settings', { key: 'capture:during', value: 'ask' }),
    ]);
    expect(doc.stores.settings.map((setting) => setting.key)).not.toContain('capture:during');
  });

  it('counts the records of each store for the person to confirm', async () => {
    expect(summarise(await exportBackup(db, NOW))).toEqual({
      entities: 3,
      facts: 3,
      memberships: 2,
      submissions: 2,
      fills: 2,
      settings: 3,
    });
  });

  it('wipes every store in one go', async () => {
    await wipeRecords(db);
    expect(summarise(await exportBackup(db, NOW))).toEqual({
      entities: 0,
      facts: 0,
      memberships: 0,
      submissions: 0,
      fills: 0,
      settings: 0,
    });
  });
});
