import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BackupErrorCode, decodeBackup, encodeBackup, exportBackup, restoreBackup } from '../../../lib/backup';
import { fromBase64, toBase64 } from '../../../lib/backup/base64';
import { encrypt } from '../../../lib/backup/crypto';
import { RECORDS_DB_VERSION, type RecordsDb } from '../../../lib/records/schema';
import { addLocalRecords, openFreshRecords, seedRecords, snapshot } from './fixture';

const PASSPHRASE = 'correct horse battery staple';
const SLOW = { timeout: 30_000 };

/** The other person's records, from which every file in these tests is made. */
let plainText: string;
let encryptedText: string;
/** The database a restore would land in: it must come through every failure untouched. */
let db: RecordsDb;

beforeAll(async () => {
  const source = await openFreshRecords();
  await seedRecords(source);
  const doc = await exportBackup(source, 1_770_000_000_000);
  source.close();
  plainText = await encodeBackup(doc);
  encryptedText = await encodeBackup(doc, PASSPHRASE);
}, 30_000);

beforeEach(async () => {
  db = await openFreshRecords();
  await seedRecords(db);
  await addLocalRecords(db);
});
afterEach(() => db.close());

/** What the options page does: decode, and restore only what decoded. */
async function restoreFile(text: string, passphrase?: string) {
  const decoded = await decodeBackup(text, passphrase);
  if (decoded.ok) await restoreBackup(db, decoded.backup);
  return decoded;
}

async function expectRefused(text: string, code: BackupErrorCode, passphrase?: string): Promise<string> {
  const before = await snapshot(db);
  const result = await restoreFile(text, passphrase);
  expect(result.ok ? 'restored' : result.error.code).toBe(code);
  expect(await snapshot(db)).toStrictEqual(before);
  return result.ok ? '' : result.error.detail;
}

/** Damage is done to parsed JSON of any shape, where a type would only be in the way. */
// biome-ignore lint/suspicious/noExplicitAny: see above
const edit = (text: string, change: (value: any) => void) => {
  const value = JSON.parse(text);
  change(value);
  return JSON.stringify(value);
};

describe('decoding a damaged or foreign file', () => {
  it('says not-json for a byte changed in the middle of the JSON', async () => {
    const middle = Math.floor(plainText.length / 2);
    await expectRefused(`${plainText.slice(0, middle)}\u0001${plainText.slice(middle + 1)}`, 'not-json');
  });

  it('says invalid for a byte changed in a field name, naming the record', async () => {
    const detail = await expectRefused(plainText.replace('"observedAt"', '"observedAt_"'), 'invalid');
    expect(detail).toMatch(/^facts\[0\]/);
  });

  it('says not-json for a truncated file', async () => {
    await expectRefused(plainText.slice(0, Math.floor(plainText.length * 0.7)), 'not-json');
    await expectRefused(encryptedText.slice(0, Math.floor(encryptedText.length * 0.7)), 'not-json', PASSPHRASE);
  });

  it('says not-a-backup for JSON that is something else', async () => {
    await expectRefused('{"hello":"world"}', 'not-a-backup');
    await expectRefused('[1,2,3]', 'not-a-backup');
  });

  it('says invalid, naming the fact, when a fact points at a missing entity', async () => {
    const text = edit(plainText, (doc) => {
      doc.stores.facts[2].entityId = 'no-such-person';
    });
    expect(await expectRefused(text, 'invalid')).toBe('facts[2].entityId: no such entity');
  });

  it('says newer-version for a backup format or records schema newer than this build', async () => {
    await expectRefused(
      edit(plainText, (doc) => {
        doc.version = 2;
      }),
      'newer-version',
    );
    await expectRefused(
      edit(plainText, (doc) => {
        doc.schemaVersion = RECORDS_DB_VERSION + 1;
      }),
      'newer-version',
    );
    await expectRefused(
      edit(encryptedText, (doc) => {
        doc.version = 2;
      }),
      'newer-version',
      PASSPHRASE,
    );
  });
});

describe('decoding an encrypted file', () => {
  it('says needs-passphrase when none is given', async () => {
    await expectRefused(encryptedText, 'needs-passphrase');
    await expectRefused(encryptedText, 'needs-passphrase', '');
  });

  it('says wrong-passphrase for another passphrase', SLOW, async () => {
    await expectRefused(encryptedText, 'wrong-passphrase', 'correct horse battery stapler');
  });

  it('says wrong-passphrase for a changed byte in the ciphertext, which AES-GCM cannot tell apart', SLOW, async () => {
    const text = edit(encryptedText, (doc) => {
      const bytes = fromBase64(doc.data) as Uint8Array;
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
      doc.data = toBase64(bytes);
    });
    const detail = await expectRefused(text, 'wrong-passphrase', PASSPHRASE);
    expect(detail).toMatch(/changed/);
  });

  it('says corrupted when the envelope itself is damaged', async () => {
    await expectRefused(
      edit(encryptedText, (doc) => {
        doc.data = `${doc.data.slice(1)}*`;
      }),
      'corrupted',
      PASSPHRASE,
    );
    await expectRefused(
      edit(encryptedText, (doc) => {
        doc.cipher.iv = doc.kdf.salt;
      }),
      'corrupted',
      PASSPHRASE,
    );
    await expectRefused(
      edit(encryptedText, (doc) => void delete doc.kdf.salt),
      'corrupted',
      PASSPHRASE,
    );
  });

  it('refuses fewer than 600,000 PBKDF2 iterations without trying the passphrase', async () => {
    const detail = await expectRefused(
      edit(encryptedText, (doc) => {
        doc.kdf.iterations = 599_999;
      }),
      'corrupted',
      PASSPHRASE,
    );
    expect(detail).toMatch(/^kdf\.iterations/);
  });

  it('refuses a file genuinely sealed with few iterations even with the right passphrase', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(PASSPHRASE), 'PBKDF2', false, [
      'deriveKey',
    ]);
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    );
    const data = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plainText)),
    );
    const weak = {
      format: 'fillonce-backup-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000, salt: toBase64(salt) },
      cipher: { name: 'AES-GCM', iv: toBase64(iv) },
      data: toBase64(data),
    };
    await expectRefused(JSON.stringify(weak), 'corrupted', PASSPHRASE);
  });

  it('refuses a file demanding so many iterations that opening it would hang', async () => {
    await expectRefused(
      edit(encryptedText, (doc) => {
        doc.kdf.iterations = 1e12;
      }),
      'corrupted',
      PASSPHRASE,
    );
  });

  it('says corrupted when the right passphrase opens something that is not a backup', SLOW, async () => {
    const sealed = JSON.stringify(await encrypt('{"stores": ', PASSPHRASE));
    await expectRefused(sealed, 'corrupted', PASSPHRASE);
  });

  it('says invalid when the right passphrase opens a backup with a broken link', SLOW, async () => {
    const broken = edit(plainText, (doc) => {
      doc.stores.memberships[0].personId = 'gone';
    });
    const sealed = JSON.stringify(await encrypt(broken, PASSPHRASE));
    expect(await expectRefused(sealed, 'invalid', PASSPHRASE)).toBe('memberships[0].personId: no such entity');
  });
});
