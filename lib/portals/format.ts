import * as v from 'valibot';
import { fieldDefinition } from '../fields/dictionary';
import { parseUrlPattern } from './url-pattern';

/** Raised whenever the shape of a definition changes; a newer one than this build knows is refused. */
export const DEFINITION_SCHEMA_VERSION = 1;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
/** Checked as a selector where a page is at hand; here only bounded. */
const selector = text(500);

const urlPattern = v.pipe(
  v.string(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const parsed = parseUrlPattern(dataset.value);
    if (typeof parsed === 'string') addIssue({ message: `not a URL pattern (${parsed}): "${dataset.value}"` });
  }),
);

/** A field's key in `fields`, or this: the field is not to be recognised at all. */
export const IGNORED_FIELD = 'ignore';

const fieldKey = v.pipe(
  v.string(),
  v.check(
    (key) => key === IGNORED_FIELD || fieldDefinition(key) !== undefined,
    (issue) => `unknown field key "${String(issue.input)}"`,
  ),
);

const exampleUrl = v.pipe(v.string(), v.maxLength(2000), v.url('not a URL'));

export const definitionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and -, at most 64')),
  name: text(200),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  agency: v.optional(text(200)),
  cycle: v.picklist(['monthly', 'quarterly', 'yearly', 'ad-hoc']),
  match: v.strictObject({
    urls: v.pipe(v.array(urlPattern), v.minLength(1), v.maxLength(50)),
    /** Where one address serves several forms: the page's title holds this, or this selector finds something. */
    signature: v.optional(v.strictObject({ title: v.optional(text(200)), selector: v.optional(selector) })),
  }),
  fields: v.pipe(
    v.record(selector, fieldKey),
    v.check((fields) => Object.keys(fields).length <= 500, 'more than 500 fields'),
  ),
  /** The field that says whom a form is about; it is read as the person's ID number. */
  entity: v.optional(v.strictObject({ idField: v.optional(selector) })),
  /** A native form submit needs neither; a single-page app submits on a button and confirms with a message. */
  submit: v.strictObject({ button: v.optional(selector), success: v.optional(selector) }),
  capture: v.picklist(['always', 'ask', 'never']),
  examples: v.pipe(v.array(exampleUrl), v.minLength(1), v.maxLength(20)),
});

/** A known reporting portal, as plain data: keys made certain where the labels would only be guessed. */
export type PortalDefinition = v.InferOutput<typeof definitionSchema>;
