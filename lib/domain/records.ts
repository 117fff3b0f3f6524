export type EntityKind = 'person' | 'household' | 'organisation' | 'village';

/** Identifiers are stored as `type:value` (id-number:110101199003071234) for one multi-entry index. */
export type IdentifierToken = `${string}:${string}`;

export interface Entity {
  id: string;
  kind: EntityKind;
  identifiers: IdentifierToken[];
  displayName: string;
  createdAt: number;
  updatedAt: number;
  /** Set when a capture or import created the entity, so undoing it removes the entity again. */
  createdBySubmission?: number;
}

/** Where a value came from: a portal's form, a ledger (台账) row, or the person's own edit. */
export type SourceKind = 'portal' | 'ledger' | 'manual';

/** Where a value was reported: the provenance every fact carries. */
export interface Provenance {
  portalId: string | null;
  portalName: string;
  url: string;
  /** Absent on records made before schema version 2, which were all portal submits. */
  kind?: SourceKind;
  /** The form or sheet within the source (a ledger's sheet name). */
  form?: string;
}

/**
 * One observation of one value for one entity. A later observation of the same value
 * supersedes an earlier one; a different value for the same key and period stands beside
 * it as a conflict until a person settles it.
 */
export interface Fact {
  id?: number;
  entityId: string;
  key: string;
  value: string;
  normalized: string;
  source: Provenance;
  observedAt: number;
  /** The year (2026) a yearly figure such as an income belongs to; absent for timeless facts. */
  period?: string;
  submissionId: number;
  supersededBy?: number;
}

/** All observations of one entity, kept together: read whole, written whole. */
export interface FactSheet {
  entityId: string;
  /** Every observation, current and superseded; fact ids are unique across all sheets. */
  facts: Fact[];
  /** `key\u0001normalized` of the current searchable facts (phone numbers), for one index. */
  searchValues: string[];
  submissionIds: number[];
}

/** A person's place in a household, with their relation to its head (户主, 配偶, 子…). */
export interface Membership {
  id: string;
  householdId: string;
  personId: string;
  relation: string;
  isHead: boolean;
  since: number;
  submissionId: number;
}

export interface Submission {
  id?: number;
  source: Provenance;
  submittedAt: number;
  fieldsAsked: string[];
  fieldsFilled: string[];
  fieldsTyped: string[];
  focusToSubmitMs: number | null;
  entityIds: string[];
}

export interface FillEvent {
  id?: number;
  source: Provenance;
  at: number;
  keys: string[];
  secondsSaved: number;
  undone: boolean;
}

/** A setting kept with the records, so a backup carries it (capture:<portal> → always/ask/never). */
export interface Setting {
  key: string;
  value: string;
}

/** What a content script hands over when a form is submitted. */
export interface CapturedField {
  key: string;
  value: string;
  filled: boolean;
  typed: boolean;
  /** Whose field it is when not the form's subject: head, member-2, agent… */
  entity?: string;
}

export interface CaptureInput {
  source: Provenance;
  fields: CapturedField[];
  fieldsAsked: string[];
  focusToSubmitMs: number | null;
}
