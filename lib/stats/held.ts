import type { Submission } from '../domain/records';
import { portalOf, type SubmissionView } from './events';

/** No portal id or name can be this: it marks a key reported by more than one. */
export const MANY = '\u0000many';

/** For one person or household: each key reported so far, by the one portal that did, or MANY. */
export type ReportedKeys = Map<string, string>;

const isFormSubmission = (submission: Submission) => (submission.source.kind ?? 'portal') === 'portal';

function report(keys: ReportedKeys, given: readonly string[], portal: string): void {
  for (const key of given) {
    const by = keys.get(key);
    if (by === undefined) keys.set(key, portal);
    else if (by !== portal && by !== MANY) keys.set(key, MANY);
  }
}

/**
 * One submission beside what was already reported elsewhere when it was made: a key counts as
 * held when an earlier submission to another portal gave a value for it about one of the same
 * people or households. `reportedOf` gives each entity's keys so far; they are updated with
 * this submission's. Null for a ledger import or a hand correction, which are where a value came
 * from, not a form anyone filled.
 */
export function stepSubmission(
  submission: Submission,
  reportedOf: (entityId: string) => ReportedKeys,
): SubmissionView | null {
  const portal = portalOf(submission.source);
  const keysOf = submission.entityIds.map(reportedOf);
  // Plain loops: this runs for every key of every submission in the history.
  const held: string[] = [];
  for (const key of submission.fieldsAsked) {
    for (const keys of keysOf) {
      const by = keys.get(key);
      if (by !== undefined && by !== portal) {
        held.push(key);
        break;
      }
    }
  }
  for (const keys of keysOf) {
    report(keys, submission.fieldsFilled, portal);
    report(keys, submission.fieldsTyped, portal);
  }
  if (!isFormSubmission(submission)) return null;
  return {
    portal,
    portalName: submission.source.portalName,
    at: submission.submittedAt,
    asked: submission.fieldsAsked,
    filled: submission.fieldsFilled,
    typed: submission.fieldsTyped,
    held,
    retyped: held.filter((key) => submission.fieldsTyped.includes(key)),
    ms: submission.focusToSubmitMs,
  };
}

/** Every submission in time order, computed from the submissions alone: no one says what was a duplicate. */
export function viewSubmissions(
  submissions: readonly Submission[],
  reported = new Map<string, ReportedKeys>(),
): SubmissionView[] {
  const views: SubmissionView[] = [];
  eachView(submissions, reported, (view) => views.push(view));
  return views;
}

/** The same, one view at a time, for a reader that keeps none of them. */
export function eachView(
  submissions: readonly Submission[],
  reported: Map<string, ReportedKeys>,
  visit: (view: SubmissionView) => void,
): void {
  const reportedOf = (entity: string) => {
    let keys = reported.get(entity);
    if (!keys) {
      keys = new Map();
      reported.set(entity, keys);
    }
    return keys;
  };
  for (const submission of [...submissions].sort((a, b) => a.submittedAt - b.submittedAt)) {
    const view = stepSubmission(submission, reportedOf);
    if (view) visit(view);
  }
}
