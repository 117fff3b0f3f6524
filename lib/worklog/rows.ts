import type { Entity, Submission } from '../domain/records';
import { portalOf } from '../stats/events';
import { maskIdNumber } from '../values/id-number';

/** One line of the 台账: what was reported, where, when, about whom, and how much of it by hand. */
export interface WorkLogRow {
  at: number;
  /** The portal as the statistics know it (its definition's id, else its name). */
  portal: string;
  portalName: string;
  /** The person's or household's name, as the records know them. */
  subject: string;
  /** Their ID number, masked unless the person asked to see it whole. */
  idNumber: string;
  /** The field keys the form asked for, for the page to name in its own language. */
  items: string[];
  filled: number;
  typed: number;
}

export interface WorkLogFilter {
  from?: number;
  /** Exclusive. */
  to?: number;
  portal?: string;
}

const ID_PREFIX = 'id-number:';

/**
 * The work log, oldest first, shaped as the 台账 an inspector asks for: one row per submission,
 * naming the person the form was about (a household's head where it was the household's).
 */
export function workLogRows(
  submissions: readonly Submission[],
  entities: ReadonlyMap<string, Entity>,
  options: WorkLogFilter & { revealIds: boolean },
): WorkLogRow[] {
  return submissions
    .filter(
      (submission) =>
        (options.from === undefined || submission.submittedAt >= options.from) &&
        (options.to === undefined || submission.submittedAt < options.to) &&
        (options.portal === undefined || portalOf(submission.source) === options.portal),
    )
    .sort((a, b) => a.submittedAt - b.submittedAt)
    .map((submission) => {
      const known = submission.entityIds.map((id) => entities.get(id)).filter((entity) => entity !== undefined);
      const subject = known.find((entity) => entity.kind === 'person') ?? known[0];
      const idNumber = subject?.identifiers.find((token) => token.startsWith(ID_PREFIX))?.slice(ID_PREFIX.length) ?? '';
      return {
        at: submission.submittedAt,
        portal: portalOf(submission.source),
        portalName: submission.source.portalName,
        subject: subject?.displayName ?? '',
        idNumber: options.revealIds || idNumber === '' ? idNumber : maskIdNumber(idNumber),
        items: [...submission.fieldsAsked],
        filled: submission.fieldsFilled.length,
        typed: submission.fieldsTyped.length,
      };
    });
}
