import * as v from 'valibot';

/** Bounded strings: a message from a compromised page context must not exhaust memory. */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const fieldKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9.-]{0,63}$/));
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const empty = v.strictObject({});

export const provenanceSchema = v.strictObject({
  portalId: v.nullable(text(64)),
  portalName: text(200),
  url: text(4096),
});

export const captureInputSchema = v.strictObject({
  source: provenanceSchema,
  fields: v.pipe(
    v.array(v.strictObject({ key: fieldKey, value: text(2000), filled: v.boolean(), typed: v.boolean() })),
    v.maxLength(500),
  ),
  fieldsAsked: v.pipe(v.array(fieldKey), v.maxLength(500)),
  focusToSubmitMs: v.nullable(v.pipe(v.number(), v.minValue(0))),
  expectNavigation: v.boolean(),
});

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
  'popupToBackground:getTimeSaved': empty,
  'popupToContent:getPageSummary': empty,
  'backgroundToContent:fillAll': empty,
} as const;

export type MessageType = keyof typeof REQUEST_SCHEMAS;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof REQUEST_SCHEMAS)[K]>;
export type CaptureRequest = RequestOf<'contentToBackground:captureSubmission'>;
