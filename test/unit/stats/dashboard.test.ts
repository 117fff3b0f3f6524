import { describe, expect, it } from 'vitest';
import { computeDashboard, cubeOf, filterChoices, isoWeekOf } from '../../../lib/stats';
import { at, B_ID, FILLS, SUBMISSIONS } from '../../fixtures/stats/history';

const dashboard = computeDashboard({ submissions: SUBMISSIONS, fills: FILLS });

describe('the statistics of a seeded history', () => {
  it('sums the headline figures, a fill that was undone saving nothing', () => {
    expect(dashboard.summary).toEqual({
      submissions: 4,
      fieldsAsked: 15,
      // S2: name, id-number, tel from A; S3: the same three (now from B too) and bank.account from B.
      fieldsHeld: 7,
      duplicateShare: 7 / 15,
      hoursSpent: 210 / 3600,
      hoursSaved: 50 / 3600,
    });
  });

  it('counts per portal; a key the same portal asked before is not held, and burden is measured time × submissions', () => {
    const [first, second] = dashboard.portals;
    expect(first).toMatchObject({
      portal: 'civil-affairs',
      submissions: 2,
      fieldsAsked: 9,
      // household.size was only ever reported to this portal itself.
      fieldsHeld: 4,
      duplicateShare: 4 / 9,
      fieldsFilled: 3,
      fieldsTyped: 6,
      timedSubmissions: 1,
      secondsSpent: 120,
      secondsSaved: 30,
    });
    expect(first?.burdenHours).toBeCloseTo((2 * 120) / 3600, 10);
    expect(second).toMatchObject({
      portal: B_ID,
      name: '城乡居民医保参保登记',
      submissions: 2,
      fieldsAsked: 6,
      fieldsHeld: 3,
      duplicateShare: 0.5,
      fieldsTyped: 4,
      secondsSpent: 90,
      secondsSaved: 20,
    });
    expect(second?.burdenHours).toBeCloseTo((2 * 45) / 3600, 10);
  });

  it('counts per key the portals that ask it and the times it was typed again, at the measured time per typed field', () => {
    expect(dashboard.keys).toEqual([
      // Re-typed in S3, whose time was not measured: counted, but no seconds.
      { key: 'bank.account', portals: 2, asked: 2, reentered: 1, secondsReentering: 0 },
      // Re-typed in S2: 60 s over its two typed fields.
      { key: 'tel', portals: 2, asked: 3, reentered: 1, secondsReentering: 30 },
      { key: 'id-number', portals: 2, asked: 4, reentered: 0, secondsReentering: 0 },
      { key: 'name', portals: 2, asked: 4, reentered: 0, secondsReentering: 0 },
      { key: 'household.size', portals: 1, asked: 2, reentered: 0, secondsReentering: 0 },
    ]);
  });

  it('fills the key × portal matrix with how often each was asked and already held', () => {
    expect(dashboard.matrix.get('tel')?.get('civil-affairs')).toEqual({ asked: 2, held: 1 });
    expect(dashboard.matrix.get('tel')?.get(B_ID)).toEqual({ asked: 1, held: 1 });
    expect(dashboard.matrix.get('bank.account')?.get(B_ID)).toEqual({ asked: 1, held: 0 });
    expect(dashboard.matrix.get('household.size')?.get(B_ID)).toBeUndefined();
  });

  it('trends by month and by ISO week, on the local calendar', () => {
    expect(dashboard.months).toEqual([
      { period: '2026-10', submissions: 2, fieldsAsked: 8, fieldsHeld: 3, secondsSaved: 20 },
      { period: '2026-11', submissions: 2, fieldsAsked: 7, fieldsHeld: 4, secondsSaved: 30 },
    ]);
    expect(dashboard.weeks.map((week) => [week.period, week.submissions])).toEqual([
      ['2026-W41', 1],
      ['2026-W42', 1],
      ['2026-W45', 2],
    ]);
  });
});

describe('what is not a form submission', () => {
  it('does not count a ledger import as a submission to a portal', () => {
    const ledger = {
      source: { portalId: null, portalName: '台账 示范村.xlsx', url: 'ledger:示范村.xlsx', kind: 'ledger' as const },
      submittedAt: at(10, 1),
      fieldsAsked: [],
      fieldsFilled: [],
      fieldsTyped: [],
      focusToSubmitMs: null,
      entityIds: ['p1'],
    };
    const withLedger = computeDashboard({ submissions: [...SUBMISSIONS, ledger], fills: FILLS });
    expect(withLedger.summary).toEqual(dashboard.summary);
    expect(withLedger.portals.map((stats) => stats.name)).not.toContain('台账 示范村.xlsx');
  });
});

describe('filters', () => {
  it('by date: what was reported before the range still makes a field in it held', () => {
    const november = computeDashboard({ submissions: SUBMISSIONS, fills: FILLS }, { from: '2026-11-01' });
    expect(november.summary).toMatchObject({ submissions: 2, fieldsAsked: 7, fieldsHeld: 4, hoursSaved: 30 / 3600 });
  });

  it('by portal and by key', () => {
    const onlyB = computeDashboard({ submissions: SUBMISSIONS, fills: FILLS }, { portals: [B_ID] });
    expect(onlyB.portals.map((stats) => stats.portal)).toEqual([B_ID]);
    const onlyTel = computeDashboard({ submissions: SUBMISSIONS, fills: FILLS }, { key: 'tel' });
    expect(onlyTel.summary).toMatchObject({ submissions: 3, fieldsAsked: 3, fieldsHeld: 2 });
    expect(onlyTel.keys.map((stats) => stats.key)).toEqual(['tel']);
  });
});

describe('the choices the filters offer', () => {
  it('lists every portal in the order first reported to, and every key most asked first', () => {
    const choices = filterChoices(cubeOf({ submissions: SUBMISSIONS, fills: FILLS }));
    expect(choices.portals).toEqual([
      { portal: 'civil-affairs', name: '民政救助申请' },
      { portal: B_ID, name: '城乡居民医保参保登记' },
    ]);
    // Asked: name and id-number 4 times, tel 3, bank.account and household.size twice; ties by name.
    expect(choices.keys).toEqual(['id-number', 'name', 'tel', 'bank.account', 'household.size']);
  });
});

describe('isoWeekOf', () => {
  it('puts 1 January 2027, a Friday, in the last week of 2026, and 4 January 2027 in week 1', () => {
    expect(isoWeekOf(new Date(2027, 0, 1, 12).getTime())).toBe('2026-W53');
    expect(isoWeekOf(new Date(2027, 0, 4, 12).getTime())).toBe('2027-W01');
  });
});
