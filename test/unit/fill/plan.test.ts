import { describe, expect, it } from 'vitest';
import { type FillTarget, findDuplicates, heldFactsByKey, heldValues, holdFacts, planFill } from '../../../lib/fill';
import type { KnownFact } from '../../../lib/records';

function target(index: number, key: string | null, currentValue = '', fillable = true): FillTarget {
  return { index, key, currentValue, fillable };
}

const held = new Map([
  ['name', '张三'],
  ['tel', '13800138000'],
  ['street-address', '示范县城关镇幸福路 1 号'],
]);

describe('planFill', () => {
  it('fills empty fields with the held values', () => {
    const plan = planFill([target(0, 'name'), target(1, 'tel', '  ')], held);
    expect(plan.steps).toEqual([
      { index: 0, key: 'name', value: '张三' },
      { index: 1, key: 'tel', value: '13800138000' },
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('keeps a different value the user typed, and says so', () => {
    const plan = planFill([target(0, 'name', '李四')], held);
    expect(plan.steps).toEqual([]);
    expect(plan.skipped).toEqual([{ index: 0, key: 'name', reason: 'user-value' }]);
  });

  it('overwrites a user value only for the fields the caller names', () => {
    const targets = [target(0, 'name', '李四'), target(1, 'tel', '13900000000')];
    const plan = planFill(targets, held, { overwrite: new Set([1]) });
    expect(plan.steps).toEqual([{ index: 1, key: 'tel', value: '13800138000' }]);
    expect(plan.skipped).toEqual([{ index: 0, key: 'name', reason: 'user-value' }]);
  });

  it('skips a field that already holds the value, ignoring surrounding spaces', () => {
    const plan = planFill([target(0, 'name', ' 张三 ')], held);
    expect(plan.steps).toEqual([]);
    expect(plan.skipped).toEqual([{ index: 0, key: 'name', reason: 'already-equal' }]);
  });

  it('skips a field that cannot be filled, even when asked to overwrite it', () => {
    const plan = planFill([target(3, 'tel', '', false)], held, { overwrite: new Set([3]) });
    expect(plan.steps).toEqual([]);
    expect(plan.skipped).toEqual([{ index: 3, key: 'tel', reason: 'not-fillable' }]);
  });

  it('ignores unknown fields and fields no held value answers', () => {
    const plan = planFill([target(0, null), target(1, 'email'), target(2, 'street-address')], held);
    expect(plan.steps).toEqual([{ index: 2, key: 'street-address', value: '示范县城关镇幸福路 1 号' }]);
    expect(plan.skipped).toEqual([]);
  });
});

describe('findDuplicates', () => {
  it('returns the fields a held value answers, in order', () => {
    const targets = [target(0, 'tel'), target(1, null), target(2, 'email'), target(3, 'name', '李四')];
    expect(findDuplicates(targets, held).map((found) => found.index)).toEqual([0, 3]);
  });
});

describe('holdFacts, heldFactsByKey and heldValues', () => {
  const fact = (key: string, value: string, observedAt: number, period?: string): KnownFact => ({
    key,
    value,
    normalized: value,
    portalName: '防返贫监测户信息采集',
    sourceKind: 'portal',
    observedAt,
    ...(period && { period }),
  });
  const facts = [
    fact('tel', '13800138000', 100),
    fact('tel', '13800138000', 300),
    fact('id-number', '11010519491231002X', 400),
    fact('password', 'secret', 400),
    fact('captcha', 'abcd', 400),
    fact('name', '张三', 50),
  ];

  it('keep the newest observation of each value', () => {
    expect(heldFactsByKey(facts).get('tel')).toMatchObject({ value: '13800138000', observedAt: 300 });
    expect(heldValues(facts).get('tel')).toBe('13800138000');
  });

  it('never offer the ID number or secret keys as fill values', () => {
    expect([...heldFactsByKey(facts).keys()].sort()).toEqual(['name', 'tel']);
    expect(Object.fromEntries(heldValues(facts))).toEqual({ name: '张三', tel: '13800138000' });
  });

  it('hold back a key whose sources disagree, and report the conflict', () => {
    const { held, conflicts } = holdFacts([...facts, fact('tel', '13900139000', 500)]);
    expect(held.has('tel')).toBe(false);
    expect(
      conflicts
        .get('tel')
        ?.map((known) => known.value)
        .sort(),
    ).toEqual(['13800138000', '13800138000', '13900139000']);
  });

  it('take a yearly figure from the latest year, without calling the years a conflict', () => {
    const incomes = [
      fact('household.annual-income', '18000', 100, '2024'),
      fact('household.annual-income', '21000', 50, '2025'),
    ];
    const { held, conflicts } = holdFacts(incomes);
    expect(held.get('household.annual-income')?.value).toBe('21000');
    expect(conflicts.size).toBe(0);
  });
});
