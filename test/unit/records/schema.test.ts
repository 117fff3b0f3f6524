import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openRecords, RECORDS_DB_VERSION } from '../../../lib/records';

describe('records schema', () => {
  it('creates every store and index on a fresh database', async () => {
    const db = await openRecords('schema-fresh');
    expect([...db.objectStoreNames].sort()).toEqual(['entities', 'facts', 'fills', 'submissions']);
    expect([...db.transaction('facts').store.indexNames].sort()).toEqual([
      'by-entity',
      'by-entity-key',
      'by-submission',
    ]);
    expect(db.version).toBe(RECORDS_DB_VERSION);
    db.close();
  });

  it('opens a database an earlier build left behind without losing it', async () => {
    // Version 1 is the first schema; this test grows a case per version as migrations are added.
    const first = await openRecords('schema-upgrade');
    await first.add('fills', {
      source: { portalId: null, portalName: 'x', url: 'http://x/' },
      at: 1,
      keys: ['tel'],
      secondsSaved: 3,
      undone: false,
    });
    first.close();
    const reopened = await openDB('schema-upgrade');
    expect(await reopened.count('fills')).toBe(1);
    reopened.close();
    const again = await openRecords('schema-upgrade');
    expect(await again.count('fills')).toBe(1);
    again.close();
  });
});
