import type { HouseholdMember } from '../records/people';
import { isValidIdNumber, normalizeIdNumber } from '../values';

/** A member row as the planner sees it: its slot (member-2) and the ID number it already holds. */
export interface MemberRow {
  slot: string;
  idNumber: string;
}

export interface MemberAssignment {
  bySlot: Map<string, HouseholdMember>;
  /** Members the form's rows could not take: the page needs more rows, or the person must add them. */
  unplaced: HouseholdMember[];
}

const LISTS_HEAD = /[（(]\s*(?:含|包括|包含)户主\s*[)）]/;

/** A member list that says it lists the head too: 家庭成员信息（含户主）. */
export function memberListIncludesHead(documents: readonly Document[]): boolean {
  return documents.some((page) => LISTS_HEAD.test(page.body?.textContent ?? ''));
}

const slotNumber = (slot: string) => Number(slot.slice('member-'.length));

function idNumberOf(member: HouseholdMember): string {
  return member.facts.find((fact) => fact.key === 'id-number')?.normalized ?? '';
}

/**
 * One held member per row: a row whose ID number names a member gets that member; a row that
 * names somebody else is left alone; empty rows take the rest, in the household's order.
 */
export function assignMembers(rows: readonly MemberRow[], members: readonly HouseholdMember[]): MemberAssignment {
  const ordered = [...rows].sort((a, b) => slotNumber(a.slot) - slotNumber(b.slot));
  const bySlot = new Map<string, HouseholdMember>();
  const placed = new Set<HouseholdMember>();
  const empty: string[] = [];
  for (const row of ordered) {
    const typed = row.idNumber.trim();
    if (typed === '') {
      empty.push(row.slot);
      continue;
    }
    const named = isValidIdNumber(typed) ? normalizeIdNumber(typed) : null;
    const member = members.find((candidate) => named !== null && idNumberOf(candidate) === named);
    if (member && !placed.has(member)) {
      bySlot.set(row.slot, member);
      placed.add(member);
    }
  }
  const waiting = members.filter((member) => !placed.has(member));
  for (const slot of empty) {
    const member = waiting.shift();
    if (member) bySlot.set(slot, member);
  }
  return { bySlot, unplaced: waiting };
}
