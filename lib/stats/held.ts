import type { Submission } from '../records/types';
import { portalOf, type SubmissionView } from './events';

/** No portal id or name can be this: it marks a key reported by more than one. */
const MANY = '\u0000many';

const isFormSubmission = (submission: Submission) => (submission.source.kind ?? 'portal') === 'portal';

/**
 * Each submission beside what was already reported elsewhere when it was made: a key counts as
 * held when an earlier submission to another portal gave a value for it about one
 * of the same people or households. Computed from the submissions alone, in one pass in time
 * order, so no one has to say what was a duplicate.
 */
export function viewSubmissions(submissions: readonly Submission[]): SubmissionView[] {
  const ordered = [...submissions].sort((a, b) => a.submittedAt - b.submittedAt);
  // entity → key → the one portal that has reported it so far, or MANY when more than one has.
  const reported = new Map<string, Map<string, string>>();
  const views: SubmissionView[] = [];
  for (const submission of ordered) {
    const portal = portalOf(submission.source);
    const keysOf = submission.entityIds.map((entity) => {
      let keys = reported.get(entity);
      if (!keys) {
        keys = new Map();
        reported.set(entity, keys);
      }
      return keys;
    });
    const held = submission.fieldsAsked.filter((key) =>
      keysOf.some((keys) => {
        const by = keys.get(key);
        return by !== undefined && by !== portal;
      }),
    );
    for (const keys of keysOf) {
      for (const list of [submission.fieldsFilled, submission.fieldsTyped]) {
        for (const key of list) {
          const by = keys.get(key);
          if (by === undefined) keys.set(key, portal);
          else if (by !== portal) keys.set(key, MANY);
        }
      }
    }
    // A ledger import or a hand correction is where a value came from, not a form anyone filled.
    if (!isFormSubmission(submission)) continue;
    views.push({
      portal,
      portalName: submission.source.portalName,
      at: submission.submittedAt,
      asked: submission.fieldsAsked,
      filled: submission.fieldsFilled,
      typed: submission.fieldsTyped,
      held,
      retyped: held.filter((key) => submission.fieldsTyped.includes(key)),
      ms: submission.focusToSubmitMs,
    });
  }
  return views;
}
