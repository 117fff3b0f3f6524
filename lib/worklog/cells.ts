import { isoDateOf } from '../values/date';
import type { WorkLogRow } from './rows';

export const WORKLOG_COLUMNS = ['at', 'portal', 'subject', 'idNumber', 'items', 'count', 'filled', 'typed'] as const;
export type WorkLogColumn = (typeof WORKLOG_COLUMNS)[number];

const localTime = (at: number) => {
  const day = new Date(at);
  const clock = [day.getHours(), day.getMinutes()].map((part) => String(part).padStart(2, '0')).join(':');
  return `${isoDateOf(day)} ${clock}`;
};

/** One row of the 台账 as every copy of it shows it: the workbook and the printed page alike. */
export function workLogCells(
  row: WorkLogRow,
  /** The items as the reader says them, in their language's list style. */
  nameItems: (keys: readonly string[]) => string,
): Record<WorkLogColumn, string | number> {
  return {
    at: localTime(row.at),
    portal: row.portalName,
    subject: row.subject,
    idNumber: row.idNumber,
    items: nameItems(row.items),
    count: row.items.length,
    filled: row.filled,
    typed: row.typed,
  };
}
