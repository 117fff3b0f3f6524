import type { FillEvent, Provenance, Submission } from '../../../lib/records';

// A seeded history, every figure below worked out by hand from it.
export const A: Provenance = { portalId: 'civil-affairs', portalName: '民政救助申请', url: 'http://a.example/' };
export const B: Provenance = { portalId: null, portalName: '城乡居民医保参保登记', url: 'http://b.example/' };
export const B_ID = 'name:城乡居民医保参保登记';
export const at = (month: number, day: number, hour = 10) => new Date(2026, month - 1, day, hour).getTime();

export const submission = (
  source: Provenance,
  submittedAt: number,
  entityIds: string[],
  fieldsAsked: string[],
  fieldsFilled: string[],
  focusToSubmitMs: number | null,
): Submission => ({
  source,
  submittedAt,
  entityIds,
  fieldsAsked,
  fieldsFilled,
  fieldsTyped: fieldsAsked.filter((key) => !fieldsFilled.includes(key)),
  focusToSubmitMs,
});

export const SUBMISSIONS: Submission[] = [
  // S3 listed first: the history is put in time order, whatever order it is stored in.
  submission(
    A,
    at(11, 2, 9),
    ['p1', 'h1'],
    ['name', 'id-number', 'tel', 'household.size', 'bank.account'],
    ['name', 'id-number', 'tel'],
    null,
  ),
  submission(A, at(10, 5), ['p1', 'h1'], ['name', 'id-number', 'tel', 'household.size'], [], 120_000),
  submission(B, at(10, 12), ['p1'], ['name', 'id-number', 'tel', 'bank.account'], ['name', 'id-number'], 60_000),
  submission(B, at(11, 3), ['p2'], ['name', 'id-number'], [], 30_000),
];

const fill = (source: Provenance, when: number, keys: string[], secondsSaved: number, undone = false): FillEvent => ({
  source,
  at: when,
  keys,
  secondsSaved,
  undone,
});

export const FILLS: FillEvent[] = [
  fill(B, at(10, 12), ['name', 'id-number'], 20),
  fill(A, at(11, 2, 9), ['name', 'id-number', 'tel'], 30),
  fill(A, at(11, 2, 9), ['name'], 99, true),
];
