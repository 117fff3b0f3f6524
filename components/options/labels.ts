import { FIELD_DICTIONARY, fieldName } from '../../lib/fields';
import type { RowIssue } from '../../lib/ledger';
import type { FactView } from '../../lib/messaging';
import { t, uiLanguage } from '../i18n';

type EntityKind = 'person' | 'household' | 'organisation' | 'village';

export { fieldName };

/** The keys a ledger column may be mapped to: every field except secrets. */
export const FIELD_CHOICES: ReadonlyArray<{ key: string; label: string }> = FIELD_DICTIONARY.filter(
  (definition) => !definition.secret,
).map(({ key }) => ({ key, label: `${fieldName(key)} · ${key}` }));

export function kindLabel(kind: EntityKind | string): string {
  switch (kind) {
    case 'person':
      return t('optionsKindPerson');
    case 'household':
      return t('optionsKindHousehold');
    case 'organisation':
      return t('optionsKindOrganisation');
    case 'village':
      return t('optionsKindVillage');
    default:
      return kind;
  }
}

export function sourceKindLabel(kind: FactView['sourceKind']): string {
  if (kind === 'ledger') return t('optionsSourceLedger');
  if (kind === 'manual') return t('optionsSourceManual');
  return t('optionsSourcePortal');
}

/** Whose field a ledger column holds when not the row's subject: head → 户主, member-2 → 成员2. */
export function slotLabel(slot: string | undefined): string {
  if (!slot) return t('optionsSlotSubject');
  const member = /^member-(\d+)$/.exec(slot);
  if (member) return t('optionsSlotMember', member[1] ?? '');
  const named: Record<string, string> = {
    head: t('optionsSlotHead'),
    spouse: t('optionsSlotSpouse'),
    agent: t('optionsSlotAgent'),
    applicant: t('optionsSlotApplicant'),
    guardian: t('optionsSlotGuardian'),
    contact: t('optionsSlotContact'),
    'legal-rep': t('optionsSlotLegalRep'),
    org: t('optionsSlotOrg'),
  };
  return named[slot] ?? slot;
}

/** A masked identifier token (id-number:1101**********1234) as a label and its value. */
export function identifierParts(token: string): { label: string; value: string } {
  const match = /^([a-z][a-z-]*):(.*)$/.exec(token);
  if (!match) return { label: t('optionsIdentifier'), value: token };
  const [, type = '', value = ''] = match;
  const labels: Record<string, string> = {
    'id-number': t('optionsIdNumber'),
    'household-id': t('optionsIdHousehold'),
    'household-of': t('optionsIdHouseholdOf'),
    'credit-code': t('optionsIdCreditCode'),
    'org-name': t('optionsIdOrgName'),
  };
  return { label: labels[type] ?? type, value };
}

export function issueText(problem: RowIssue['problem'] | string): string {
  switch (problem) {
    case 'invalid-id-number':
      return t('optionsIssueInvalidIdNumber');
    case 'invalid-date':
      return t('optionsIssueInvalidDate');
    case 'invalid-value':
      return t('optionsIssueInvalidValue');
    case 'no-id-number':
      return t('optionsIssueNoIdNumber');
    default:
      return problem;
  }
}

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { year: 'numeric', month: '2-digit', day: '2-digit' });

export function formatDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}
