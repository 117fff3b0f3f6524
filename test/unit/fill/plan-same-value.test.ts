import { describe, expect, it } from 'vitest';
import { type FillTarget, planFill } from '../../../lib/fill';

function target(index: number, key: string, currentValue: string): FillTarget {
  return { index, key, currentValue, fillable: true };
}

describe('planFill with a value written another way', () => {
  it('skips a cascader showing the held region path with spaces as already equal', () => {
    const plan = planFill(
      [target(0, 'address.region', '湖南省 / 长沙市')],
      new Map([['address.region', '湖南省/长沙市']]),
    );
    expect(plan.steps).toEqual([]);
    expect(plan.skipped).toEqual([{ index: 0, key: 'address.region', reason: 'already-equal' }]);
  });

  it('skips a region that names the same places with or without their suffixes (北京 ~ 北京市)', () => {
    const held = new Map([
      ['address.region', '北京/北京/朝阳区'],
      ['address-level1', '湖南'],
    ]);
    const plan = planFill(
      [target(0, 'address.region', '北京市 / 北京市 / 朝阳区'), target(1, 'address-level1', '湖南省')],
      held,
    );
    expect(plan.skipped.map((skip) => skip.reason)).toEqual(['already-equal', 'already-equal']);
  });

  it('never takes 朝阳县 for 朝阳区: two suffixes are two places', () => {
    const plan = planFill([target(0, 'address-level3', '朝阳县')], new Map([['address-level3', '朝阳区']]));
    expect(plan.skipped).toEqual([{ index: 0, key: 'address-level3', reason: 'user-value' }]);
  });

  it('skips a checkbox group listing the held causes in another order as already equal', () => {
    const held = new Map([['household.poverty-causes', '因病、因学']]);
    const plan = planFill([target(4, 'household.poverty-causes', '因学、因病')], held);
    expect(plan.skipped).toEqual([{ index: 4, key: 'household.poverty-causes', reason: 'already-equal' }]);
  });

  it('still keeps a different region the user chose, as a user value', () => {
    const plan = planFill(
      [target(0, 'address.region', '湖南省 / 岳阳市')],
      new Map([['address.region', '湖南省/长沙市']]),
    );
    expect(plan.skipped).toEqual([{ index: 0, key: 'address.region', reason: 'user-value' }]);
  });

  it('treats fewer ticked causes than held as the user’s choice, not the same value', () => {
    const held = new Map([['household.poverty-causes', '因病、因学']]);
    const plan = planFill([target(4, 'household.poverty-causes', '因学')], held);
    expect(plan.skipped).toEqual([{ index: 4, key: 'household.poverty-causes', reason: 'user-value' }]);
  });

  it('fills a region path the user asked to overwrite', () => {
    const plan = planFill(
      [target(0, 'address.region', '湖南省 / 岳阳市')],
      new Map([['address.region', '湖南省/长沙市']]),
      {
        overwrite: new Set([0]),
      },
    );
    expect(plan.steps).toEqual([{ index: 0, key: 'address.region', value: '湖南省/长沙市' }]);
  });
});
