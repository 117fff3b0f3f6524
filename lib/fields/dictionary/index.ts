import { ACCOUNT_FIELDS } from './account';
import { ADDRESS_FIELDS } from './address';
import { CONTACT_FIELDS } from './contact';
import { FORM_FIELDS } from './form';
import { HOUSEHOLD_FIELDS } from './household';
import { ORGANISATION_FIELDS } from './organisation';
import { PERSON_FIELDS } from './person';
import type { FieldDefinition } from './types';
import { VILLAGE_FIELDS } from './village';

/** The canonical field dictionary: one declarative table, in groups. */
export const FIELD_DICTIONARY: readonly FieldDefinition[] = [
  ...PERSON_FIELDS,
  ...CONTACT_FIELDS,
  ...ADDRESS_FIELDS,
  ...HOUSEHOLD_FIELDS,
  ...ORGANISATION_FIELDS,
  ...VILLAGE_FIELDS,
  ...ACCOUNT_FIELDS,
  ...FORM_FIELDS,
];

const BY_KEY = new Map(FIELD_DICTIONARY.map((definition) => [definition.key, definition]));

export function fieldDefinition(key: string): FieldDefinition | undefined {
  return BY_KEY.get(key);
}

/** Yearly figures, kept per year. */
export function isPeriodicKey(key: string): boolean {
  return BY_KEY.get(key)?.periodic === true;
}

/** Facts of the moment of filling (填表日期): offered as today, never held. */
export function isMomentKey(key: string): boolean {
  return BY_KEY.get(key)?.moment === true;
}

/** Secret keys (passwords, captchas) are recognised only so they can be refused. */
export function isSecretKey(key: string): boolean {
  return BY_KEY.get(key)?.secret === true;
}

export { ATTRIBUTE_VETOES, ENTITY_PHRASES, NO_KEY_PHRASES } from './neutral';
export type { FieldDefinition, FieldKind } from './types';
