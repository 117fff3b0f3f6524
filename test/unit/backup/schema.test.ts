import * as v from 'valibot';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BackupDocument,
  backupDocumentSchema,
  entitySchema,
  exportBackup,
  factSchema,
  fillEventSchema,
  findBrokenReference,
  type membershipSchema,
  settingSchema,
  type submissionSchema,
} from '../../../lib/backup';
import type { Entity, Fact, FillEvent, Membership, Setting, Submission } from '../../../lib/domain/records';
import { openFreshRecords, seedRecords } from './fixture';

type Flatten<T> = { [K in keyof T]: T[K] };
type WithId<T extends { id?: number }> = Flatten<Omit<T, 'id'> & { id: number }>;

let backup: BackupDocument;
const copy = (): BackupDocument => structuredClone(backup);

beforeAll(async () => {
  const db = await openFreshRecords();
  await seedRecords(db);
  backup = await exportBackup(db, 1_770_000_000_000);
  db.close();
});

describe('record schemas', () => {
  it('describe exactly the record types, with stored ids required', () => {
    expectTypeOf<v.InferOutput<typeof entitySchema>>().toEqualTypeOf<Entity>();
    expectTypeOf<v.InferOutput<typeof membershipSchema>>().toEqualTypeOf<Membership>();
    expectTypeOf<v.InferOutput<typeof settingSchema>>().toEqualTypeOf<Setting>();
    expectTypeOf<v.InferOutput<typeof factSchema>>().toEqualTypeOf<WithId<Fact>>();
    expectTypeOf<v.InferOutput<typeof submissionSchema>>().toEqualTypeOf<WithId<Submission>>();
    expectTypeOf<v.InferOutput<typeof fillEventSchema>>().toEqualTypeOf<WithId<FillEvent>>();
  });

  it('accept every record the extension stores, old provenance without a kind included', () => {
    expect(v.safeParse(backupDocumentSchema, copy()).success).toBe(true);
  });

  it('reject a field the record type does not have', () => {
    const fact = { ...copy().stores.facts[0], confidence: 0.9 };
    expect(v.safeParse(factSchema, fact).success).toBe(false);
  });

  it('reject a fact without the id a backup always carries', () => {
    const { id: _dropped, ...fact } = copy().stores.facts[0] as Fact;
    expect(v.safeParse(factSchema, fact).success).toBe(false);
  });

  it('reject a source kind outside portal, ledger and manual', () => {
    const fill = copy().stores.fills[0] as FillEvent;
    expect(v.safeParse(fillEventSchema, { ...fill, source: { ...fill.source, kind: 'scraper' } }).success).toBe(false);
  });

  it('reject an identifier without its type', () => {
    const entity = copy().stores.entities[0] as Entity;
    expect(v.safeParse(entitySchema, { ...entity, identifiers: ['110101199003071234'] }).success).toBe(false);
  });

  it('reject a string long enough to be an attack rather than a record', () => {
    const setting = { key: 'capture:x', value: 'x'.repeat(1_000_000) };
    expect(v.safeParse(settingSchema, setting).success).toBe(false);
  });
});

describe('links between records', () => {
  it('finds none broken in a backup of a real database', () => {
    expect(findBrokenReference(copy().stores)).toBeNull();
  });

  it('names a fact whose submission is missing', () => {
    const doc = copy();
    doc.stores.submissions.shift();
    expect(findBrokenReference(doc.stores)).toBe('facts[0].submissionId: no such submission');
  });

  it('names a fact superseded by a fact that is not there', () => {
    const doc = copy();
    doc.stores.facts.splice(1, 1);
    expect(findBrokenReference(doc.stores)).toBe('facts[0].supersededBy: no such fact');
  });

  it('names a membership whose household or person is missing', () => {
    const doc = copy();
    const membership = doc.stores.memberships[1] as Membership;
    membership.personId = 'gone';
    expect(findBrokenReference(doc.stores)).toBe('memberships[1].personId: no such entity');
    membership.householdId = 'gone';
    expect(findBrokenReference(doc.stores)).toBe('memberships[1].householdId: no such entity');
  });

  it('names the second of two records sharing a key', () => {
    const doc = copy();
    doc.stores.fills.push({ ...(doc.stores.fills[0] as FillEvent) });
    expect(findBrokenReference(doc.stores)).toBe('fills[2].id: duplicate 1');
    const settings = copy();
    settings.stores.settings.push({ key: 'capture:zwfw-bj', value: 'never' });
    expect(findBrokenReference(settings.stores)).toBe('settings[3].key: duplicate "capture:zwfw-bj"');
  });
});
