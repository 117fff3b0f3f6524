import { beforeAll, describe, expect, it } from 'vitest';
import { type BackupDocument, encodeBackup, exportBackup } from '../../../lib/backup';
import { fromBase64 } from '../../../lib/backup/base64';
import { openFreshRecords, seedRecords } from './fixture';

let backup: BackupDocument;

beforeAll(async () => {
  const db = await openFreshRecords();
  await seedRecords(db);
  backup = await exportBackup(db, 1_770_000_000_000);
  db.close();
});

describe('the encrypted envelope', () => {
  it('derives the key with PBKDF2-SHA256 at 600,000 iterations, a 16-byte salt and a 12-byte iv, differently each time', {
    timeout: 30_000,
  }, async () => {
    const first = JSON.parse(await encodeBackup(backup, 'passphrase'));
    const second = JSON.parse(await encodeBackup(backup, 'passphrase'));
    expect(first).toMatchObject({
      format: 'fillonce-backup-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256' },
      cipher: { name: 'AES-GCM' },
    });
    expect(first.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(first.kdf.salt)).toHaveLength(16);
    expect(fromBase64(first.cipher.iv)).toHaveLength(12);
    expect(second.kdf.salt).not.toBe(first.kdf.salt);
    expect(second.cipher.iv).not.toBe(first.cipher.iv);
    expect(second.data).not.toBe(first.data);
  });

  it('keeps nothing of the records readable in the file', { timeout: 30_000 }, async () => {
    const text = await encodeBackup(backup, 'passphrase');
    expect(text).not.toContain('110101199003071234');
    expect(text).not.toContain('entities');
  });

  it('refuses to encrypt with an empty passphrase rather than pretend to protect the file', async () => {
    await expect(encodeBackup(backup, '')).rejects.toThrow(RangeError);
  });
});
