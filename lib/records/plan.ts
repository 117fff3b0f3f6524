import type { CapturedField, EntityKind, IdentifierToken } from '../domain/records';
import { isMomentKey, isSecretKey } from '../fields/dictionary';
import {
  isValidCreditCode,
  isValidIdNumber,
  joinAddressLevels,
  normalizeCreditCode,
  normalizeIdNumber,
  parseAddressLevels,
} from '../values';

/** One entity a submission or ledger row speaks of, and the values it gives for it. */
export interface EntityPlan {
  ref: string;
  kind: EntityKind;
  /** The primary identifier; `aliases` name the same entity another way (户编号 and its head). */
  identifier: IdentifierToken;
  aliases?: IdentifierToken[];
  displayName: string;
  values: Array<{ key: string; value: string }>;
}

export interface MembershipPlan {
  personRef: string;
  relation: string;
  isHead: boolean;
}

export interface ObservationPlan {
  entities: EntityPlan[];
  memberships: MembershipPlan[];
  /** The person the form is about; the panel and the toast speak of them. */
  subjectRef: string | null;
}

const SUBJECT = 'subject';
const PERSON_SLOTS = /^(?:subject|applicant|head|agent|spouse|guardian|contact|legal-rep|member-\d+)$/;

function fieldValue(fields: readonly CapturedField[], key: string): string | undefined {
  return fields.find((field) => field.key === key)?.value.trim() || undefined;
}

function personPlan(ref: string, fields: CapturedField[]): EntityPlan | null {
  const idNumber = fieldValue(fields, 'id-number');
  if (!idNumber || !isValidIdNumber(idNumber)) return null;
  const values = fields.filter(({ key }) => !key.startsWith('household.') && !key.startsWith('village.'));
  const displayName = fieldValue(fields, 'name') ?? '';
  return { ref, kind: 'person', identifier: `id-number:${normalizeIdNumber(idNumber)}`, displayName, values };
}

function organisationPlan(fields: CapturedField[]): EntityPlan | null {
  const code = fieldValue(fields, 'org.credit-code');
  const name = fieldValue(fields, 'organization');
  const identifier: IdentifierToken | null =
    code && isValidCreditCode(code) ? `credit-code:${normalizeCreditCode(code)}` : name ? `org-name:${name}` : null;
  return identifier
    ? { ref: 'org', kind: 'organisation', identifier, displayName: name ?? code ?? '', values: fields }
    : null;
}

/**
 * A form whose own subject is the household's head (一、户主信息 …, then 家庭住址, 开户银行 with no
 * section of their own), or its applicant beside an agent: the unassigned fields are theirs, as
 * they are when filling. So are they the one person's, a guardian who applies for a pupil, where
 * the unassigned fields name nobody.
 */
function headSpeaksForForm(slots: Map<string, CapturedField[]>): void {
  const subject = slots.get(SUBJECT);
  if (!subject || validIdIn(subject)) return;
  const named = subject.some((field) => field.key === 'name' || field.key === 'id-number');
  const identified = [...slots.keys()].filter(
    (slot) =>
      slot !== SUBJECT && PERSON_SLOTS.test(slot) && !slot.startsWith('member-') && validIdIn(slots.get(slot) ?? []),
  );
  const speaker =
    ['head', 'applicant'].find((slot) => identified.includes(slot)) ??
    (!named && identified.length === 1 ? identified[0] : undefined);
  const group = speaker ? slots.get(speaker) : undefined;
  if (!speaker || !group) return;
  const own = new Set(group.map((field) => field.key));
  slots.set(speaker, [...group, ...subject.filter((field) => !own.has(field.key))]);
  slots.delete(SUBJECT);
}

function validIdIn(group: readonly CapturedField[]): boolean {
  const idNumber = fieldValue(group, 'id-number');
  return idNumber !== undefined && isValidIdNumber(idNumber);
}

/**
 * An address asked in parts (省/市/县 pickers and 详细地址 西江镇控拜村三组26号) is stored whole,
 * with every level it names, so any later form can take the part it asks for.
 */
function withAddressLevels(group: CapturedField[]): CapturedField[] {
  const street = group.find((field) => field.key === 'street-address');
  if (!street) return group;
  const given = (key: string) => fieldValue(group, key);
  const levels = parseAddressLevels(street.value.trim(), {
    province: given('address-level1'),
    city: given('address-level2'),
    county: given('address-level3'),
    township: given('address-level4'),
    village: given('address.village'),
  });
  const derived: Array<[string, string | undefined]> = [
    ['street-address', levels.county ? joinAddressLevels(levels) : undefined],
    ['address-level1', levels.province],
    ['address-level2', levels.city],
    ['address-level3', levels.county],
    ['address-level4', levels.township],
    ['address.village', levels.village],
  ];
  const result = group.filter((field) => !derived.some(([key, value]) => value && key === field.key));
  for (const [key, value] of derived) if (value) result.push({ ...street, key, value });
  return result;
}

/**
 * Works out, without touching the store, which people, household, organisation and village
 * a set of fields speaks of. A person is known by a valid ID number and nothing else: a field
 * group without one is not guessed into somebody's record.
 */
export function planObservation(fields: readonly CapturedField[]): ObservationPlan {
  const kept = fields.filter(({ key, value }) => value.trim() !== '' && !isSecretKey(key) && !isMomentKey(key));
  const slots = new Map<string, CapturedField[]>();
  for (const field of kept) {
    const slot = field.entity ?? SUBJECT;
    slots.set(slot, [...(slots.get(slot) ?? []), field]);
  }
  headSpeaksForForm(slots);
  for (const [slot, group] of slots) slots.set(slot, withAddressLevels(group));
  const entities: EntityPlan[] = [];
  for (const [slot, group] of slots) {
    if (PERSON_SLOTS.test(slot)) {
      const person = personPlan(slot, group);
      if (person) entities.push(person);
    } else if (slot === 'org') {
      const organisation = organisationPlan(group);
      if (organisation) entities.push(organisation);
    }
  }
  const people = new Map(entities.filter((plan) => plan.kind === 'person').map((plan) => [plan.ref, plan]));
  const head = people.get('head') ?? people.get(SUBJECT) ?? people.get('applicant');
  const householdValues = kept.filter(
    ({ key, entity }) => key.startsWith('household.') && !entity?.startsWith('member-'),
  );
  const members = [...people.keys()].filter((ref) => /^(?:subject|applicant|head|member-\d+)$/.test(ref));
  const memberships: MembershipPlan[] = [];
  if (head && (householdValues.length > 0 || members.length > 1)) {
    const householdId = fieldValue(kept, 'household.id');
    // A ledger's member and income sheets know a household only by its head; its head sheet by 户编号.
    const byHead: IdentifierToken = `household-of:${head.identifier.slice('id-number:'.length)}`;
    const identifier: IdentifierToken = householdId ? `household-id:${householdId}` : byHead;
    const aliases = householdId ? [byHead] : [];
    const headName = head.displayName;
    const displayName = headName ? `${headName}户` : '';
    entities.push({ ref: 'household', kind: 'household', identifier, aliases, displayName, values: householdValues });
    for (const ref of members) {
      const relation = fieldValue(slots.get(ref) ?? [], 'person.relation-to-head') ?? '';
      memberships.push({
        personRef: ref,
        relation: ref === head.ref ? relation || '户主' : relation,
        isHead: ref === head.ref,
      });
    }
  }
  const villageName = fieldValue(kept, 'address.village');
  const villageValues = kept.filter(({ key }) => key.startsWith('village.'));
  if (villageName && villageValues.length > 0) {
    entities.push({
      ref: 'village',
      kind: 'village',
      identifier: `village:${villageName}`,
      displayName: villageName,
      values: villageValues,
    });
  }
  const subject = people.get(SUBJECT) ?? people.get('applicant') ?? people.get('head');
  return { entities, memberships, subjectRef: subject?.ref ?? null };
}
