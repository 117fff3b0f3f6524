import type { Entity, SourceKind } from './records';

/**
 * What the panel, the picker and the records manager are told of people: shared by records,
 * fill, messaging and the UI, so none of them imports another's types.
 */
export interface PersonSummary {
  entityId: string;
  kind: Entity['kind'];
  displayName: string;
  maskedIdNumber: string;
}

/** A held value and where it was last reported; what the panel and markers show. */
export interface KnownFact {
  key: string;
  value: string;
  normalized: string;
  portalName: string;
  sourceKind: SourceKind;
  observedAt: number;
  period?: string;
}

export interface PersonRecord {
  entityId: string;
  displayName: string;
  maskedIdNumber: string;
  /** The person's current facts and their household's; conflicting values all appear. */
  facts: KnownFact[];
  /**
   * The other people of the person's household, as a register lists them (户主, 配偶, 子女, 孙…),
   * each with their own facts, their ID number among them: what a form's member rows ask for.
   */
  members: HouseholdMember[];
}

export interface HouseholdMember {
  entityId: string;
  displayName: string;
  relation: string;
  facts: KnownFact[];
}

/** What a capture did: saved, or why not. */
export type CaptureResult =
  | { saved: true; submissionId: number; entityId: string; entityIds: string[]; savedCount: number; conflicts: number }
  | { saved: false; reason: 'no-identifier' };
