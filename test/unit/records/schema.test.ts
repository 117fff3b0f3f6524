import { describe, expect, it } from 'vitest';
import { findPersonByIdNumber, openRecords, RECORDS_DB_VERSION, searchPeople } from '../../../lib/records';
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
      'facts',
      'fills',
      'memberships',
      'settings',
      'submissions',
    ]);
    expect([...db.transaction('facts').store.indexNames].sort()).toEqual([
      'by-entity',
      'by-entity-key',
      'by-key-value',
      'by-submission',
    ]);
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
    expect(v2.version).toBe(2);
    expect(await v2.count('entities')).toBe(1);
    expect(await v2.count('fills')).toBe(1);
    const [fact] = await v2.getAll('facts');
    expect(fact).toMatchObject({ value: person.tel, source: { ...v1Source, kind: 'portal' } });
    expect((await v2.getAll('submissions'))[0]?.source.kind).toBe('portal');
    // The new indexes serve the old records.
    expect((await searchPeople(v2, person.name.slice(0, 1))).map((found) => found.displayName)).toEqual([person.name]);
    expect((await searchPeople(v2, person.tel)).map((found) => found.displayName)).toEqual([person.name]);
    expect((await findPersonByIdNumber(v2, person.idNumber))?.facts[0]?.sourceKind).toBe('portal');
    v2.close();
  });
});
