import * as v from 'valibot';
import type { IdentifierToken } from '../domain/records';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';

/*
 * Bounds are generous on purpose: they stop a hostile file from exhausting memory, but they
 * must stay above anything the extension itself can store, or a real backup would not restore.
 */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const key = v.pipe(v.string(), v.minLength(1), v.maxLength(512));
const fieldKey = text(256);
const value = text(20_000);
const time = v.pipe(v.number(), v.minValue(0));
/** Auto-increment keys are always present in a backup, so a restore writes them back unchanged. */
const autoId = v.pipe(v.number(), v.integer(), v.minValue(1));

const identifier = v.custom<IdentifierToken>(
  (input) => typeof input === 'string' && input.length <= 512 && input.includes(':'),
  'Invalid identifier: expected type:value',
);

export const provenanceSchema = v.strictObject({
  portalId: v.nullable(text(256)),
  portalName: text(1000),
  url: text(8192),
  kind: v.optional(v.picklist(['portal', 'ledger', 'manual'])),
  form: v.optional(text(1000)),
});

export const entitySchema = v.strictObject({
  id: key,
  kind: v.picklist(['person', 'household', 'organisation', 'village']),
  identifiers: v.array(identifier),
  displayName: text(1000),
  createdAt: time,
  updatedAt: time,
  createdBySubmission: v.optional(autoId),
});

export const factSchema = v.strictObject({
  id: autoId,
  entityId: key,
  key: fieldKey,
  value,
  normalized: value,
  source: provenanceSchema,
  observedAt: time,
  period: v.optional(text(32)),
  submissionId: autoId,
  supersededBy: v.optional(autoId),
});

export const membershipSchema = v.strictObject({
  id: key,
  householdId: key,
  personId: key,
  relation: text(200),
  isHead: v.boolean(),
  since: time,
  submissionId: autoId,
});

export const submissionSchema = v.strictObject({
  id: autoId,
  source: provenanceSchema,
  submittedAt: time,
  fieldsAsked: v.array(fieldKey),
  fieldsFilled: v.array(fieldKey),
  fieldsTyped: v.array(fieldKey),
  focusToSubmitMs: v.nullable(time),
  entityIds: v.array(key),
});

export const fillEventSchema = v.strictObject({
  id: autoId,
  source: provenanceSchema,
  at: time,
  keys: v.array(fieldKey),
  secondsSaved: v.number(),
  undone: v.boolean(),
});

export const settingSchema = v.strictObject({ key, value });

export const backupDocumentSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: time,
  stores: v.strictObject({
    entities: v.array(entitySchema),
    facts: v.array(factSchema),
    memberships: v.array(membershipSchema),
    submissions: v.array(submissionSchema),
    fills: v.array(fillEventSchema),
    settings: v.array(settingSchema),
  }),
});
