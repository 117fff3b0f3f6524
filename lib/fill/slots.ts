import type { HouseholdMember, PersonRecord } from '../domain/people';
import type { PageField } from '../fields';
import { readFieldValue } from './field-value';
import { heldValues } from './held';
import { assignMembers, type MemberRow, memberListIncludesHead } from './members';

export interface SlotValues {
  /** The values each slot takes: `subject`, and `member-N` for each member row. */
  held: Map<string, Map<string, string>>;
  unplaced: HouseholdMember[];
  /** How many member rows the form has. */
  rows: number;
}

const HEAD = '户主';
const SPOUSE = new Set(['配偶', '夫', '妻', '丈夫', '妻子']);

/**
 * Whose values go where. The subject's fields take the person's own and household's values;
 * each member row takes one other member of the household, a 配偶 section the spouse, and a
 * 户主 section the head (the person themselves, when they are the head). A
 * member table with no name or ID number of the subject's beside it lists the subject too, as
 * its first row.
 */
export function slotValues(person: PersonRecord, rows: readonly MemberRow[], subjectHasOwnFields: boolean): SlotValues {
  const own = heldValues(person.facts);
  // The account was reported as the person's own: they hold it, so its 户名 is their name.
  if (own.has('bank.account') && own.has('name') && !own.has('bank.account-name')) {
    own.set('bank.account-name', own.get('name') as string);
  }
  const isHead = person.members.length > 0 && !person.members.some((member) => member.relation === HEAD);
  if (isHead && own.has('name') && !own.has('household.head-name')) {
    own.set('household.head-name', own.get('name') as string);
  }
  const subjectAsMember: HouseholdMember = {
    entityId: person.entityId,
    displayName: person.displayName,
    relation: isHead ? HEAD : '',
    facts: person.facts,
  };
  const listed = subjectHasOwnFields ? person.members : [subjectAsMember, ...person.members];
  const { bySlot, unplaced } = assignMembers(rows, listed);
  const held = new Map([['subject', own]]);
  for (const [slot, member] of bySlot) {
    const values = heldValues(member.facts, { identifiers: true });
    if (member === subjectAsMember && isHead && !values.has('person.relation-to-head')) {
      values.set('person.relation-to-head', HEAD);
    }
    held.set(slot, values);
  }
  const spouse = person.members.find((member) => SPOUSE.has(member.relation));
  if (spouse) held.set('spouse', heldValues(spouse.facts, { identifiers: true }));
  const head = person.members.find((member) => member.relation === HEAD);
  held.set('head', head ? heldValues(head.facts, { identifiers: true }) : own);
  return { held, unplaced, rows: rows.length };
}

/** The member rows on the page, with the ID number each already holds. */
function memberRows(fields: readonly PageField[], slotOf: (field: PageField) => string | undefined): MemberRow[] {
  const rows = new Map<string, MemberRow>();
  for (const field of fields) {
    const slot = slotOf(field);
    if (!slot?.startsWith('member-')) continue;
    const row = rows.get(slot) ?? { slot, idNumber: '' };
    if (field.key === 'id-number') row.idNumber = readFieldValue(field);
    // 子女姓名: the table lists the children.
    if (field.key === 'name' && field.label.includes('子女')) row.childrenOnly = true;
    rows.set(slot, row);
  }
  return [...rows.values()];
}

const SUBJECT_IDENTITY = new Set(['name', 'id-number', 'household.head-name']);

/**
 * The slot values of a page's fields: its member rows read from the page, and whether its
 * member list lists the subject too (it asks nothing of the subject's own identity elsewhere,
 * or says （含户主））. The page's text is read only where there is a member list.
 */
export function formSlotValues(
  person: PersonRecord,
  fields: readonly PageField[],
  slotOf: (field: PageField) => string | undefined,
  documents: readonly Document[],
): SlotValues {
  const rows = memberRows(fields, slotOf);
  const own = fields.some((field) => SUBJECT_IDENTITY.has(field.key ?? '') && slotOf(field) === 'subject');
  const listsSubject = !own || ((rows.length > 0 || person.members.length > 0) && memberListIncludesHead(documents));
  return slotValues(person, rows, !listsSubject);
}
