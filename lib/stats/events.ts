import type { FillEvent, Provenance, Submission } from '../domain/records';

/** A portal as the statistics know it: its definition's id, else the name the page gave. */
export function portalOf(source: Provenance): string {
  return source.portalId ?? `name:${source.portalName}`;
}

/** One submission with what the statistics need worked out once: whose, where, what was held. */
export interface SubmissionView {
  portal: string;
  portalName: string;
  at: number;
  asked: readonly string[];
  filled: readonly string[];
  typed: readonly string[];
  /** Keys it asked that another source had already reported for the same person or household. */
  held: readonly string[];
  /** Held keys the person typed again by hand. */
  retyped: readonly string[];
  /** First focus to submit; null where the page gave no focus before the submit. */
  ms: number | null;
}

/** Whatever the statistics are asked about: a range of days, some portals, one key. */
export interface StatsFilter {
  /** The first day counted, YYYY-MM-DD on the person's own calendar. */
  from?: string;
  /** The last day counted, whole. */
  to?: string;
  portals?: readonly string[];
  /** Only the submissions that asked this key, and only its fields in them. */
  key?: string;
}

export interface StatsInput {
  submissions: readonly Submission[];
  fills: readonly FillEvent[];
}
