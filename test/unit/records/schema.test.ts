import { describe, expect, it } from 'vitest';
import {
  findPersonByIdNumber,
  openRecords,
  RECORDS_DB_VERSION,
  readStatsDays,
  searchPeople,
} from '../../../lib/records';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';

const person = SAMPLE_PEOPLE[0] as (typeof SAMPLE_PEOPLE)[0];
const v1Source = {
  portalId: 'fanpin-monitoring',
  portalName: '防返贫监测户信息采集',
  url: 'http://fanpin.localhost/collect/',
};

describe('records schema', () => {
  it('creates every store and index on a fresh database', async () => {
    const db = await openRecords('schema-fresh');
    expect([...db.objectStoreNames].sort()).toEqual([
      'entities',
      'factSheets',
      'facts',
      'fills',
      'memberships',
      'settings',
      'stats',
      'submissions',
    ]);
    expect([...db.transaction('factSheets').store.indexNames].sort()).toEqual(['by-search-value', 'by-submission']);
    expect(db.version).toBe(RECORDS_DB_VERSION);
    db.close();
  });

  it('upgrades a database made by schema version 1 without losing anything', async () => {
    // Exactly what version 1 wrote: no source kinds, no memberships, no name index.
    const v1 = await openRecords('schema-upgrade', 1);
    expect(v1.objectStoreNames.contains('memberships')).toBe(false);
    const entityId = 'e-1';
    const identifier = `id-number:${person.idNumber}` as const;
    await v1.add('entities', {
      id: entityId,
      kind: 'person',
      identifiers: [identifier],
      displayName: person.name,
      createdAt: 1,
      updatedAt: 1,
    });
    const submissionId = await v1.add('submissions', {
      source: v1Source,
      submittedAt: 1,
      fieldsAsked: ['tel'],
      fieldsFilled: [],
      fieldsTyped: ['tel'],
      focusToSubmitMs: null,
      entityIds: [entityId],
    });
    await v1.add('facts', {
      entityId,
      key: 'tel',
      value: person.tel,
      normalized: person.tel,
      source: v1Source,
      observedAt: 1,
      submissionId,
    });
    await v1.add('fills', { source: v1Source, at: 1, keys: ['tel'], secondsSaved: 3, undone: false });
    v1.close();

    const v2 = await openRecords('schema-upgrade');
    expect(v2.version).toBe(RECORDS_DB_VERSION);
    expect(await v2.count('entities')).toBe(1);
    expect(await v2.count('fills')).toBe(1);
    // Version 3 keeps an entity's facts together in one sheet; the old store is left empty.
    expect(await v2.count('facts')).toBe(0);
    const [sheet] = await v2.getAll('factSheets');
    expect(sheet?.facts).toEqual([
      expect.objectContaining({ value: person.tel, source: { ...v1Source, kind: 'portal' } }),
    ]);
    expect((await v2.getAll('submissions'))[0]?.source.kind).toBe('portal');
    // The new indexes serve the old records.
    expect((await searchPeople(v2, person.name.slice(0, 1))).map((found) => found.displayName)).toEqual([person.name]);
    expect((await searchPeople(v2, person.tel)).map((found) => found.displayName)).toEqual([person.name]);
    expect((await findPersonByIdNumber(v2, person.idNumber))?.facts[0]?.sourceKind).toBe('portal');
    // New facts take ids above the migrated ones.
    expect(await v2.get('settings', 'nextFactId')).toEqual({
      key: 'nextFactId',
      value: String((sheet?.facts[0]?.id ?? 0) + 1),
    });
    v2.close();
  });

  it('upgrades a database made by schema version 2, facts and all', async () => {
    const v2 = await openRecords('schema-upgrade-2', 2);
    const fact = {
      entityId: 'e-2',
      key: 'tel',
      value: person.tel,
      normalized: person.tel,
      source: { ...v1Source, kind: 'portal' as const },
      observedAt: 1,
      submissionId: 1,
    };
    await v2.add('facts', fact);
    await v2.add('facts', { ...fact, key: 'name', value: person.name, normalized: person.name });
    v2.close();
    const v3 = await openRecords('schema-upgrade-2');
    const sheet = await v3.get('factSheets', 'e-2');
    expect(sheet?.facts.map((moved) => moved.key)).toEqual(['tel', 'name']);
    expect(sheet?.searchValues).toEqual([`tel\u0001${person.tel}`]);
    v3.close();
  });

  it('upgrades a database made by schema version 3, and its statistics count what it already held', async () => {
    const v3 = await openRecords('schema-upgrade-3', 3);
    const submission = {
      source: { ...v1Source, kind: 'portal' as const },
      fieldsAsked: ['name', 'tel'],
      fieldsFilled: [],
      fieldsTyped: ['name', 'tel'],
      focusToSubmitMs: 20_000,
      entityIds: ['e-3'],
    };
    await v3.add('submissions', { ...submission, submittedAt: Date.UTC(2026, 9, 3, 4) });
    await v3.add('submissions', {
      ...submission,
      source: { ...submission.source, portalId: 'dibao', portalName: '低保申请' },
      submittedAt: Date.UTC(2026, 9, 4, 4),
    });
    v3.close();
    const v4 = await openRecords('schema-upgrade-3');
    expect(await v4.count('submissions')).toBe(2);
    const days = await readStatsDays(v4);
    expect(days.map((day) => day.day)).toEqual(['2026-10-03', '2026-10-04']);
    // The second portal asked again for both keys the first had been given.
    expect(days[1]?.portals.dibao?.total.slice(0, 3)).toEqual([1, 2, 2]);
    v4.close();
  });
});
