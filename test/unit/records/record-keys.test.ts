import { describe, expect, it } from 'vitest';
import { holdsRecordKey } from '../../../lib/records';
import { makeIdNumber } from '../../fixtures/sample-people';

describe('whether a submission is a report FillOnce keeps', () => {
  it('is, with a valid ID number, credit code or household number', () => {
    expect(holdsRecordKey([{ key: 'id-number', value: makeIdNumber('110101', '19800101', '123') }])).toBe(true);
    expect(holdsRecordKey([{ key: 'org.credit-code', value: '91350100M000100Y43' }])).toBe(true);
    expect(holdsRecordKey([{ key: 'household.id', value: '4331230010012' }])).toBe(true);
  });

  it('is not, with none of them, or with one that fails its check', () => {
    expect(
      holdsRecordKey([
        { key: 'name', value: '张三' },
        { key: 'tel', value: '13800138000' },
      ]),
    ).toBe(false);
    // The last digit is the checksum's, and this one is wrong.
    expect(holdsRecordKey([{ key: 'id-number', value: '110101198001011234' }])).toBe(false);
    expect(holdsRecordKey([{ key: 'org.credit-code', value: '91350100M000100Y44' }])).toBe(false);
    expect(holdsRecordKey([{ key: 'household.id', value: '张三家' }])).toBe(false);
  });
});
