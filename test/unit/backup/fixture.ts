import { DATABASE_STORES } from '../../../lib/backup';
import type { Provenance } from '../../../lib/domain/records';
import { openRecords } from '../../../lib/records/open';
import type { RecordsDb } from '../../../lib/records/schema';
import { NEXT_FACT_ID, toSheet } from '../../../lib/records/sheets';

let opened = 0;

/** A database of its own for every test, so no test sees another's records. */
export function openFreshRecords(): Promise<RecordsDb> {
  opened += 1;
  return openRecords(`backup-test-${opened}`);
}

export const PERSON = '6f1c2a9e-0b57-4d5e-9a43-7c1e2b9d0a11';
export const SPOUSE = '0c8d4b7a-2e61-4f0b-8d3c-5a9e1f7b2c44';
export const HOUSEHOLD = 'b2e7f1c3-9a4d-4c8e-b1f6-3d2a7e9c5f08';

const portal: Provenance = {
  portalId: 'zwfw-bj',
  portalName: '北京市政务服务网',
  url: 'https://zwfw.beijing.gov.cn/apply',
  kind: 'portal',
  form: '居住证申请',
};
const ledger: Provenance = {
  portalId: null,
  portalName: '2026年低保台账.xlsx',
  url: 'file:///台账.xlsx',
  kind: 'ledger',
  form: 'Sheet1',
};
/** Written before schema version 2, when provenance had no kind. */
const legacy: Provenance = { portalId: 'old-portal', portalName: '旧系统', url: 'http://old.example/form' };

/** A household of two captured from a portal and a ledger, with fills and a setting: every store holds something. */
export async function seedRecords(db: RecordsDb): Promise<void> {
  const first = await db.add('submissions', {
    source: portal,
    submittedAt: 1_760_000_000_000,
    fieldsAsked: ['person.name', 'person.id-number', 'person.phone'],
    fieldsFilled: ['person.name'],
    fieldsTyped: ['person.id-number', 'person.phone'],
    focusToSubmitMs: 48_210,
    entityIds: [PERSON, HOUSEHOLD],
  });
  const second = await db.add('submissions', {
    source: ledger,
    submittedAt: 1_760_100_000_000,
    fieldsAsked: ['person.name', 'person.income'],
    fieldsFilled: [],
    fieldsTyped: [],
    focusToSubmitMs: null,
    entityIds: [PERSON, SPOUSE],
  });
  await db.add('entities', {
    id: PERSON,
    kind: 'person',
    identifiers: ['id-number:110101199003071234'],
    displayName: '张三',
    createdAt: 1_760_000_000_000,
    updatedAt: 1_760_100_000_000,
    createdBySubmission: first,
  });
  await db.add('entities', {
    id: SPOUSE,
    kind: 'person',
    identifiers: ['id-number:110101199205082345'],
    displayName: '李四',
    createdAt: 1_760_100_000_000,
    updatedAt: 1_760_100_000_000,
  });
  await db.add('entities', {
    id: HOUSEHOLD,
    kind: 'household',
    identifiers: ['household-of:110101199003071234'],
    displayName: '张三户',
    createdAt: 1_760_000_000_000,
    updatedAt: 1_760_000_000_000,
    createdBySubmission: first,
  });
  const phone = { entityId: PERSON, key: 'person.phone', value: '138 0013 8000', normalized: '13800138000' };
  const older = {
    ...phone,
    id: 1,
    source: legacy,
    observedAt: 1_750_000_000_000,
    submissionId: first,
    supersededBy: 2,
  };
  const newer = { ...phone, id: 2, source: portal, observedAt: 1_760_000_000_000, submissionId: first };
  const income = {
    id: 3,
    entityId: SPOUSE,
    key: 'person.income',
    value: '36,000',
    normalized: '36000',
    source: ledger,
    observedAt: 1_760_100_000_000,
    period: '2026',
    submissionId: second,
  };
  await db.add('factSheets', toSheet(PERSON, [older, newer]));
  await db.add('factSheets', toSheet(SPOUSE, [income]));
  await db.put('settings', { key: NEXT_FACT_ID, value: '4' });
  await db.add('memberships', {
    id: `${HOUSEHOLD}|${PERSON}`,
    householdId: HOUSEHOLD,
    personId: PERSON,
    relation: '户主',
    isHead: true,
    since: 1_760_000_000_000,
    submissionId: first,
  });
  await db.add('memberships', {
    id: `${HOUSEHOLD}|${SPOUSE}`,
    householdId: HOUSEHOLD,
    personId: SPOUSE,
    relation: '配偶',
    isHead: false,
    since: 1_760_100_000_000,
    submissionId: second,
  });
  await db.add('fills', {
    source: portal,
    at: 1_760_200_000_000,
    keys: ['person.name', 'person.phone'],
    secondsSaved: 14,
    undone: false,
  });
  await db.add('fills', {
    source: portal,
    at: 1_760_300_000_000,
    keys: ['person.phone'],
    secondsSaved: 6,
    undone: true,
  });
  await db.put('settings', { key: 'capture:zwfw-bj', value: 'always' });
  await db.put('settings', { key: 'capture:old-portal', value: 'never' });
}

/** Every store's records, in key order: two equal snapshots mean two equal databases. */
export async function snapshot(db: RecordsDb) {
  const tx = db.transaction(DATABASE_STORES, 'readonly');
  const [entities, sheets, memberships, submissions, fills, settings] = await Promise.all([
    tx.objectStore('entities').getAll(),
    tx.objectStore('factSheets').getAll(),
    tx.objectStore('memberships').getAll(),
    tx.objectStore('submissions').getAll(),
    tx.objectStore('fills').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  return { entities, factSheets: sheets, memberships, submissions, fills, settings };
}

/**
 * Records only the current database has, in the first store a restore writes and the last:
 * a restore that half-happened would lose them, so a snapshot shows it.
 */
export async function addLocalRecords(db: RecordsDb): Promise<void> {
  await db.add('entities', {
    id: 'only-in-current',
    kind: 'organisation',
    identifiers: ['credit-code:91110000600037341L'],
    displayName: '某某合作社',
    createdAt: 1_771_000_000_000,
    updatedAt: 1_771_000_000_000,
  });
  await db.put('settings', { key: 'only-in-current', value: 'keep me' });
}
