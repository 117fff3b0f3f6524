import { describe, expect, it } from 'vitest';
import { type CapturedField, planObservation } from '../../../lib/records';
import { BLIND_HOUSEHOLD } from '../../fixtures/blind/household';

const field = (key: string, value: string, entity?: string): CapturedField => ({
  key,
  value,
  filled: false,
  typed: true,
  ...(entity && { entity }),
});

const { head } = BLIND_HOUSEHOLD;

describe('a household form captured whole', () => {
  const plan = planObservation([
    field('name', head.name, 'head'),
    field('id-number', head.idNumber, 'head'),
    field('address-level1', '贵州省'),
    field('address-level2', '黔东南苗族侗族自治州'),
    field('address-level3', '雷山县'),
    field('street-address', '西江镇控拜村三组26号'),
    field('bank.account', BLIND_HOUSEHOLD.bank.account),
    field('household.size', '4'),
    field('form.fill-date', '2026-12-02'),
  ]);
  const headPlan = plan.entities.find((entity) => entity.ref === 'head');
  const value = (key: string) => headPlan?.values.find((entry) => entry.key === key)?.value;

  it('gives the fields no section claims to the head, whose ID number the form holds', () => {
    expect(plan.subjectRef).toBe('head');
    expect(value('bank.account')).toBe(BLIND_HOUSEHOLD.bank.account);
  });

  it('stores an address asked in parts as one address with every level it names', () => {
    expect(value('street-address')).toBe('贵州省黔东南苗族侗族自治州雷山县西江镇控拜村三组26号');
    expect(value('address-level4')).toBe('西江镇');
    expect(value('address.village')).toBe('控拜村');
    expect(value('address-level3')).toBe('雷山县');
  });

  it('never stores the day the form was filled in as a fact', () => {
    expect(value('form.fill-date')).toBeUndefined();
    expect(plan.entities.flatMap((entity) => entity.values).some((entry) => entry.key === 'form.fill-date')).toBe(
      false,
    );
  });
});

describe('a form about one person in a role other than head (a guardian who applies)', () => {
  const account = BLIND_HOUSEHOLD.bank.account;
  const guardianOf = (fields: CapturedField[]) => {
    const plan = planObservation(fields);
    return plan.entities
      .find((entity) => entity.ref === 'guardian')
      ?.values.find((entry) => entry.key === 'bank.account');
  };

  it('gives the guardian the account no section claims, when no one else is named outside the sections', () => {
    const found = guardianOf([
      field('name', head.name, 'guardian'),
      field('id-number', head.idNumber, 'guardian'),
      field('bank.account', account),
    ]);
    expect(found?.value).toBe(account);
  });

  it('keeps the account off the guardian when the form names its own subject, even without an ID', () => {
    const found = guardianOf([
      field('name', head.name, 'guardian'),
      field('id-number', head.idNumber, 'guardian'),
      field('name', '吴雨桐'),
      field('bank.account', account),
    ]);
    expect(found).toBeUndefined();
  });
});
