import type { KeyStats, PortalStats } from '../../lib/stats';
import { keyName } from '../key-name';
import { Definition } from './Definition';
import { formatCount, formatHours, formatShare } from './format';
import { type Column, SortableTable } from './SortableTable';

const count = (value: number) => formatCount(value);

const PORTAL_COLUMNS: ReadonlyArray<Column<PortalStats>> = [
  { id: 'portal', label: 'dashColPortal', value: (row) => row.name },
  { id: 'submissions', label: 'dashColSubmissions', value: (row) => row.submissions, numeric: true },
  { id: 'asked', label: 'dashColAsked', value: (row) => row.fieldsAsked, numeric: true },
  { id: 'held', label: 'dashColHeld', value: (row) => row.fieldsHeld, numeric: true },
  {
    id: 'share',
    label: 'dashColShare',
    value: (row) => row.duplicateShare,
    show: (row) => formatShare(row.duplicateShare),
    numeric: true,
  },
  { id: 'filled', label: 'dashColFilled', value: (row) => row.fieldsFilled, numeric: true },
  { id: 'typed', label: 'dashColTyped', value: (row) => row.fieldsTyped, numeric: true },
  {
    id: 'spent',
    label: 'dashColHoursSpent',
    value: (row) => row.secondsSpent,
    show: (row) => formatHours(row.secondsSpent / 3600),
    numeric: true,
  },
  {
    id: 'saved',
    label: 'dashColHoursSaved',
    value: (row) => row.secondsSaved,
    show: (row) => formatHours(row.secondsSaved / 3600),
    numeric: true,
  },
  {
    id: 'burden',
    label: 'dashColBurden',
    value: (row) => row.burdenHours,
    show: (row) => formatHours(row.burdenHours),
    numeric: true,
  },
];

const KEY_COLUMNS: ReadonlyArray<Column<KeyStats>> = [
  { id: 'key', label: 'dashColKey', value: (row) => keyName(row.key) },
  {
    id: 'portals',
    label: 'dashColPortals',
    value: (row) => row.portals,
    show: (row) => count(row.portals),
    numeric: true,
  },
  {
    id: 'asked',
    label: 'dashColTimesAsked',
    value: (row) => row.asked,
    show: (row) => count(row.asked),
    numeric: true,
  },
  {
    id: 'reentered',
    label: 'dashColReentered',
    value: (row) => row.reentered,
    show: (row) => count(row.reentered),
    numeric: true,
  },
  {
    id: 'hours',
    label: 'dashColReenterHours',
    value: (row) => row.secondsReentering,
    show: (row) => formatHours(row.secondsReentering / 3600),
    numeric: true,
  },
];

export function PortalTable({ portals }: { portals: readonly PortalStats[] }) {
  return (
    <>
      <SortableTable rows={portals} columns={PORTAL_COLUMNS} rowKey={(row) => row.portal} testId="dashboard-portals" />
      <Definition text="dashHowBurden" />
    </>
  );
}

export function KeyTable({ keys }: { keys: readonly KeyStats[] }) {
  return (
    <>
      <SortableTable rows={keys} columns={KEY_COLUMNS} rowKey={(row) => row.key} testId="dashboard-keys" />
      <Definition text="dashHowReentered" />
    </>
  );
}
