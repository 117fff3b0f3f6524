import { describe, expect, it } from 'vitest';
import type { Submission } from '../../../lib/records';
import { packEvents, unpackEvents } from '../../../lib/stats';
import { A, at, FILLS, SUBMISSIONS } from '../../fixtures/stats/history';

const strip = (submission: Submission) => {
  const { id: _id, ...rest } = submission;
  return rest;
};

describe('the events, packed for the statistics page', () => {
  it('come back as they were: sources, keys filled, typed or neither, times, entities, fills', () => {
    const unusual: Submission = {
      source: { ...A, kind: 'portal', form: '表一' },
      submittedAt: at(12, 1),
      fieldsAsked: ['name', 'tel'],
      // bank.account filled though the form's list of what it asks missed it; name filled, then typed
      // over; tel neither.
      fieldsFilled: ['name', 'bank.account'],
      fieldsTyped: ['name'],
      focusToSubmitMs: 0,
      entityIds: [],
    };
    const submissions = [...SUBMISSIONS, unusual];
    const { submissions: back, fills } = unpackEvents(packEvents(submissions, FILLS));
    expect(back).toEqual(submissions.map(strip));
    expect(fills).toEqual(FILLS);
  });

  it('list each source and key once', () => {
    const packed = packEvents(SUBMISSIONS, FILLS);
    expect(packed.sources).toHaveLength(2);
    expect(new Set(packed.keys).size).toBe(packed.keys.length);
  });
});
