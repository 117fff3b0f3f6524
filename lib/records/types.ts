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
  /** Set when a capture created the entity, so undoing that capture removes it again. */
  createdBySubmission?: number;
}

/** Where a value was reported: the provenance every fact carries. */
export interface Provenance {
  portalId: string | null;
  portalName: string;
  url: string;
}

/** One observation of one value for one entity. Newer observations supersede older ones. */
export interface Fact {
  id?: number;
  entityId: string;
  key: string;
  value: string;
  normalized: string;
  source: Provenance;
  observedAt: number;
  submissionId: number;
  supersededBy?: number;
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

/** What a content script hands over when a form is submitted. */
export interface CapturedField {
  key: string;
  value: string;
  filled: boolean;
  typed: boolean;
}

export interface CaptureInput {
  source: Provenance;
  fields: CapturedField[];
  fieldsAsked: string[];
  focusToSubmitMs: number | null;
}
