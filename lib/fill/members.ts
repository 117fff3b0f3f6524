import type { HouseholdMember } from '../domain/people';
import { isValidIdNumber, normalizeIdNumber, relationRank } from '../values';

/** A member row as the planner sees it: its slot (member-2) and the ID number it already holds. */
export interface MemberRow {
  slot: string;
  idNumber: string;
  /** A 子女 table's row: it lists the head's children only. */
  childrenOnly?: boolean;
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

/** 子, 女 and their kinds (长子, 养女…): GB/T 4761's 2x and 3x codes. */
const isChild = (member: HouseholdMember) => {
  const rank = relationRank(member.relation);
  return rank >= 20 && rank < 40;
};

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
  const empty: MemberRow[] = [];
  for (const row of ordered) {
    const typed = row.idNumber.trim();
    if (typed === '') {
      empty.push(row);
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
  for (const row of empty) {
    const at = waiting.findIndex((member) => !row.childrenOnly || isChild(member));
    const [member] = at >= 0 ? waiting.splice(at, 1) : [];
    if (member) bySlot.set(row.slot, member);
  }
  return { bySlot, unplaced: waiting };
}
