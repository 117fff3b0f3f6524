import type { EntityKind, SourceKind } from './records';

/** What happens to a submit on a portal: saved with a toast, asked first, or never saved. */
export type CaptureMode = 'always' | 'ask' | 'never';

/** A fact as the records manager shows it: ID numbers masked unless a person asks. */
export interface FactView {
  id: number;
  key: string;
  value: string;
  /** The value shown is masked: it is never offered for editing as it stands. */
  masked: boolean;
  period?: string;
  sourceName: string;
  sourceKind: SourceKind;
  url: string;
  observedAt: number;
  current: boolean;
  conflict: boolean;
}

export interface EntityDetail {
  id: string;
  kind: EntityKind;
  displayName: string;
  maskedIdentifiers: string[];
  deleted: boolean;
  /** Current values first, then every earlier observation (the history), newest first. */
  facts: FactView[];
  members: Array<{ entityId: string; displayName: string; relation: string; isHead: boolean }>;
  households: Array<{ entityId: string; displayName: string; relation: string }>;
}

export interface ConflictView {
  entityId: string;
  entityName: string;
  key: string;
  period?: string;
  values: FactView[];
}

export interface ImportResult {
  /** Rows recorded; rows that named nobody by a valid ID number are listed, not guessed. */
  imported: number;
  skipped: Array<{ sheet: string; row: number; reason: string }>;
  conflicts: number;
  submissionId: number | null;
}

export type RestoreResult = { restored: true; counts: Record<string, number> } | { restored: false; error: string };
