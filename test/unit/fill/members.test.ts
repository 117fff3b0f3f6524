import { describe, expect, it } from 'vitest';
import type { FillTarget } from '../../../lib/fill';
import { assignMembers, planForm, slotValues } from '../../../lib/fill';
import type { HouseholdMember, KnownFact, PersonRecord } from '../../../lib/records';
import { BLIND_HOUSEHOLD } from '../../fixtures/blind/household';

const fact = (key: string, value: string): KnownFact => ({
  key,
  value,
  normalized: value,
  portalName: '户籍家庭信息采集',
  sourceKind: 'portal',
  observedAt: 1,
});

const [husband, son, granddaughter] = BLIND_HOUSEHOLD.members.map(
  (member): HouseholdMember => ({
    entityId: member.idNumber,
    displayName: member.name,
    relation: member.relation,
    facts: [
      fact('name', member.name),
      fact('id-number', member.idNumber),
      fact('person.relation-to-head', member.relation),
    ],
  }),
) as [HouseholdMember, HouseholdMember, HouseholdMember];
const head = BLIND_HOUSEHOLD.head;
const person: PersonRecord = {
  entityId: 'head',
  displayName: head.name,
  maskedIdNumber: '',
  facts: [fact('name', head.name), fact('id-number', head.idNumber), fact('bank.account', '6230580123456789012')],
  members: [husband, son, granddaughter],
};

describe('member rows take the household, one member per row', () => {
  it('fills empty rows in the household order and says who is left over', () => {
    const rows = [
      { slot: 'member-2', idNumber: '' },
      { slot: 'member-1', idNumber: '' },
    ];
    const { bySlot, unplaced } = assignMembers(rows, [husband, son, granddaughter]);
    expect(bySlot.get('member-1')).toBe(husband);
    expect(bySlot.get('member-2')).toBe(son);
    expect(unplaced).toEqual([granddaughter]);
  });

  it('keeps a row whose ID number names a member for that member, and leaves a stranger’s row alone', () => {
    const rows = [
      { slot: 'member-1', idNumber: granddaughter.facts[1]?.value ?? '' },
      { slot: 'member-2', idNumber: '110101198001011234' },
      { slot: 'member-3', idNumber: '' },
    ];
    const { bySlot, unplaced } = assignMembers(rows, [husband, son, granddaughter]);
    expect(bySlot.get('member-1')).toBe(granddaughter);
    expect(bySlot.has('member-2')).toBe(false);
    expect(bySlot.get('member-3')).toBe(husband);
    expect(unplaced).toEqual([son]);
  });

  it('gives a 子女 table’s rows the children only', () => {
    const rows = [{ slot: 'member-1', idNumber: '', childrenOnly: true }];
    const { bySlot, unplaced } = assignMembers(rows, [husband, son, granddaughter]);
    expect(bySlot.get('member-1')).toBe(son);
    expect(unplaced).toEqual([husband, granddaughter]);
  });

  it('gives each row its member’s own ID number, the spouse section the spouse, and 户名 the holder', () => {
    const { held } = slotValues(person, [{ slot: 'member-1', idNumber: '' }], true);
    expect(held.get('member-1')?.get('id-number')).toBe(BLIND_HOUSEHOLD.members[0]?.idNumber);
    expect(held.get('spouse')?.get('name')).toBe('吴国强');
    expect(held.get('subject')?.get('bank.account-name')).toBe(head.name);
    expect(held.get('subject')?.get('household.head-name')).toBe(head.name);
    // The ID number the person typed is theirs already: it is no value to fill.
    expect(held.get('subject')?.has('id-number')).toBe(false);
  });

  it('plans each slot from its own values and today for a 填表日期', () => {
    const target = (index: number, key: string, slot: string): FillTarget => ({
      index,
      key,
      currentValue: '',
      fillable: true,
      slot,
    });
    const { held } = slotValues(person, [{ slot: 'member-1', idNumber: '' }], true);
    const plan = planForm(
      [target(0, 'name', 'subject'), target(1, 'name', 'member-1'), target(2, 'form.fill-date', 'subject')],
      held,
      { today: '2026-12-02' },
    );
    expect(plan.steps).toEqual([
      { index: 0, key: 'name', value: '杨秀梅' },
      { index: 1, key: 'name', value: '吴国强' },
      { index: 2, key: 'form.fill-date', value: '2026-12-02' },
    ]);
  });
});
