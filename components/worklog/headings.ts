import type { WorkLogColumn } from '../../lib/worklog';
import { type MessageKey, t } from '../i18n';

const HEADINGS: Record<WorkLogColumn, MessageKey> = {
  at: 'worklogColAt',
  portal: 'worklogColPortal',
  subject: 'worklogColSubject',
  idNumber: 'worklogColId',
  items: 'worklogColItems',
  count: 'worklogColCount',
  filled: 'worklogColFilled',
  typed: 'worklogColTyped',
};

/** The 台账's column headings in the page's language. */
export const workLogHeadings = (): Record<WorkLogColumn, string> =>
  Object.fromEntries(Object.entries(HEADINGS).map(([column, key]) => [column, t(key)])) as Record<
    WorkLogColumn,
    string
  >;
