import * as v from 'valibot';

/** Bounded strings: a message from a compromised page context must not exhaust memory. */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const fieldKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9.-]{0,63}$/));
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const empty = v.strictObject({});

const slot = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/));
const captureMode = v.picklist(['always', 'ask', 'never']);

export const provenanceSchema = v.strictObject({
  portalId: v.nullable(text(64)),
  portalName: text(200),
  url: text(4096),
  kind: v.optional(v.picklist(['portal', 'ledger', 'manual'])),
  form: v.optional(text(200)),
});

const capturedFieldSchema = v.strictObject({
  key: fieldKey,
  value: text(2000),
  filled: v.boolean(),
  typed: v.boolean(),
  entity: v.optional(slot),
});

export const captureInputSchema = v.strictObject({
  source: provenanceSchema,
  fields: v.pipe(v.array(capturedFieldSchema), v.maxLength(500)),
  fieldsAsked: v.pipe(v.array(fieldKey), v.maxLength(500)),
  focusToSubmitMs: v.nullable(v.pipe(v.number(), v.minValue(0))),
  expectNavigation: v.boolean(),
});

/** One ledger row, already mapped to keys by the person who confirmed the mapping. */
const ledgerRowSchema = v.strictObject({
  sheet: text(200),
  row: v.pipe(v.number(), v.integer(), v.minValue(1)),
  fields: v.pipe(
    v.array(v.strictObject({ key: fieldKey, value: text(2000), entity: v.optional(slot) })),
    v.maxLength(200),
  ),
  period: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
});

const taughtChoice = v.variant('kind', [
  v.strictObject({ kind: v.literal('key'), key: fieldKey }),
  v.strictObject({ kind: v.literal('id-field') }),
  v.strictObject({ kind: v.literal('ignore') }),
]);
const definitionId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
/** A pack file's text; parsePack refuses one over its limit with a clear error, so the bound here is looser. */
const packText = text(8 * 1024 * 1024);

/** Every request payload, by message name. The name says who sends it to whom. */
export const REQUEST_SCHEMAS = {
  'contentToBackground:findPerson': v.strictObject({ idNumber: text(32) }),
  'contentToBackground:getPerson': v.strictObject({ entityId: text(64) }),
  'contentToBackground:searchPeople': v.strictObject({ query: text(64) }),
  'contentToBackground:captureSubmission': captureInputSchema,
  'contentToBackground:undoCapture': v.strictObject({ submissionId: id }),
  'contentToBackground:takeCaptureNotice': empty,
  'contentToBackground:recordFill': v.strictObject({
    source: provenanceSchema,
    values: v.pipe(v.array(v.strictObject({ key: fieldKey, value: text(2000) })), v.maxLength(500)),
  }),
  'contentToBackground:undoFill': v.strictObject({ fillId: id }),
  'contentToBackground:getCaptureMode': empty,
  'contentToBackground:startEngine': empty,
  'contentToBackground:savePendingCapture': empty,
  'contentToBackground:getDefinitions': empty,
  'contentToBackground:teachField': v.strictObject({
    definitionId: v.nullable(definitionId),
    selector: text(500),
    choice: taughtChoice,
    pattern: text(2000),
    pageName: v.nullable(text(200)),
  }),
  'contentToBackground:discardPendingCapture': empty,
  'popupToBackground:getTimeSaved': empty,
  'dashboardToBackground:getStats': empty,
  'dashboardToBackground:getEvents': empty,
  'optionsToBackground:search': v.strictObject({ query: text(64) }),
  'optionsToBackground:getEntity': v.strictObject({ entityId: text(64) }),
  'optionsToBackground:editFact': v.strictObject({
    entityId: text(64),
    key: fieldKey,
    value: text(2000),
    period: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  }),
  'optionsToBackground:settleConflict': v.strictObject({ entityId: text(64), keepFactId: id }),
  'optionsToBackground:deleteEntity': v.strictObject({ entityId: text(64) }),
  'optionsToBackground:restoreEntity': v.strictObject({ entityId: text(64) }),
  'optionsToBackground:listConflicts': empty,
  'optionsToBackground:getWorkLog': v.strictObject({
    from: v.optional(v.pipe(v.number(), v.minValue(0))),
    to: v.optional(v.pipe(v.number(), v.minValue(0))),
    portal: v.optional(text(300)),
    revealIds: v.boolean(),
  }),
  'optionsToBackground:importLedger': v.strictObject({
    fileName: text(260),
    rows: v.pipe(v.array(ledgerRowSchema), v.maxLength(100_000)),
  }),
  'optionsToBackground:exportBackup': v.strictObject({ passphrase: v.optional(text(1000)) }),
  'optionsToBackground:restoreBackup': v.strictObject({
    content: text(200_000_000),
    passphrase: v.optional(text(1000)),
  }),
  'optionsToBackground:wipe': empty,
  'optionsToBackground:getCaptureModes': empty,
  'optionsToBackground:setCaptureMode': v.strictObject({ portalId: text(64), mode: captureMode }),
  'optionsToBackground:listDefinitions': empty,
  'optionsToBackground:updateDefinition': v.strictObject({
    id: definitionId,
    enabled: v.optional(v.boolean()),
    name: v.optional(text(200)),
    urls: v.optional(v.pipe(v.array(text(2000)), v.maxLength(50))),
  }),
  'optionsToBackground:deleteDefinition': v.strictObject({ id: definitionId }),
  'optionsToBackground:exportDefinitions': v.strictObject({ ids: v.pipe(v.array(definitionId), v.maxLength(1000)) }),
  'optionsToBackground:previewImport': v.strictObject({ content: packText }),
  'optionsToBackground:importDefinitions': v.strictObject({ content: packText }),
  'popupToContent:getPageSummary': empty,
  'backgroundToContent:fillAll': empty,
  'backgroundToContent:teachField': empty,
} as const;

export type MessageType = keyof typeof REQUEST_SCHEMAS;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof REQUEST_SCHEMAS)[K]>;
export type CaptureRequest = RequestOf<'contentToBackground:captureSubmission'>;
