import type { FillEvent } from '../domain/records';
import { isoDateOf } from '../values/date';
import { portalOf, type StatsInput, type SubmissionView } from './events';
import { eachView, type ReportedKeys } from './held';

/**
 * What one day's submissions and fills at one portal add up to, over every key or for one key:
 * each sum's place in `Sums`. For one key, a submission counts only if it asked that key and a
 * fill only if it filled it, so `submissions` is how many asked it and `msSpent` their time.
 */
export const SUM = {
  submissions: 0,
  fieldsAsked: 1,
  fieldsHeld: 2,
  fieldsFilled: 3,
  fieldsTyped: 4,
  retyped: 5,
  timedSubmissions: 6,
  msSpent: 7,
  secondsReentering: 8,
  fills: 9,
  secondsSaved: 10,
} as const;

/** Short arrays, not objects of names: a year of 20 portals × 20 keys is some 150,000 of them. */
export type Sums = [number, number, number, number, number, number, number, number, number, number, number];

export interface PortalDay {
  name: string;
  total: Sums;
  keys: Record<string, Sums>;
}

/**
 * One local day of statistics: what the page needs, summed once when the work was done. A year
 * of 20 portals is a few hundred of these, where it would be a hundred thousand submissions.
 */
export interface StatsDay {
  /** YYYY-MM-DD on the person's own calendar. */
  day: string;
  portals: Record<string, PortalDay>;
}

const zeros = (): Sums => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

// Reading a date in local time costs a time-zone lookup; the history comes in time order, so
// the last day's bounds answer almost every call.
let known = { start: 0, end: 0, day: '' };

/** The day a moment falls on, on the person's own calendar. */
export function dayOf(at: number): string {
  if (at >= known.start && at < known.end) return known.day;
  const date = new Date(at);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  known = { start, end, day: isoDateOf(date) };
  return known.day;
}

function portalDay(days: Map<string, StatsDay>, at: number, portal: string, name: string): PortalDay {
  const day = dayOf(at);
  let stats = days.get(day);
  if (!stats) {
    stats = { day, portals: {} };
    days.set(day, stats);
  }
  stats.portals[portal] ??= { name, total: zeros(), keys: {} };
  return stats.portals[portal];
}

export function addView(days: Map<string, StatsDay>, view: SubmissionView): void {
  const entry = portalDay(days, view.at, view.portal, view.portalName);
  const timed = view.ms === null ? 0 : 1;
  const ms = view.ms ?? 0;
  const perTypedField = timed && view.typed.length > 0 ? ms / 1000 / view.typed.length : 0;
  const total = entry.total;
  total[SUM.submissions]++;
  total[SUM.fieldsAsked] += view.asked.length;
  total[SUM.fieldsHeld] += view.held.length;
  total[SUM.fieldsFilled] += view.filled.length;
  total[SUM.fieldsTyped] += view.typed.length;
  total[SUM.retyped] += view.retyped.length;
  total[SUM.timedSubmissions] += timed;
  total[SUM.msSpent] += ms;
  total[SUM.secondsReentering] += view.retyped.length * perTypedField;
  // A form asks for a key once, and asks for a dozen or two: a scan beats building sets.
  view.asked.forEach((key, index) => {
    if (view.asked.indexOf(key) !== index) return;
    entry.keys[key] ??= zeros();
    const sums = entry.keys[key];
    sums[SUM.submissions]++;
    sums[SUM.fieldsAsked]++;
    if (view.held.includes(key)) sums[SUM.fieldsHeld]++;
    if (view.filled.includes(key)) sums[SUM.fieldsFilled]++;
    if (view.typed.includes(key)) sums[SUM.fieldsTyped]++;
    sums[SUM.timedSubmissions] += timed;
    sums[SUM.msSpent] += ms;
    if (view.retyped.includes(key)) {
      sums[SUM.retyped]++;
      sums[SUM.secondsReentering] += perTypedField;
    }
  });
}

// Taking an undone fill back out must leave zero, not a float's remainder.
const settle = (value: number) => Math.round(value * 1e6) / 1e6;

/** A fill adds what it saved; undone, the same fill is taken back out (`sign` −1). */
export function addFill(days: Map<string, StatsDay>, fill: FillEvent, sign: 1 | -1): void {
  const entry = portalDay(days, fill.at, portalOf(fill.source), fill.source.portalName);
  for (const sums of [entry.total, ...[...new Set(fill.keys)].map((key) => (entry.keys[key] ??= zeros()))]) {
    sums[SUM.fills] += sign;
    sums[SUM.secondsSaved] = settle(sums[SUM.secondsSaved] + sign * fill.secondsSaved);
  }
  if (sign === -1) dropEmpty(days, dayOf(fill.at), portalOf(fill.source));
}

/** A fill taken back can leave sums of nothing, which a history without it would not have. */
function dropEmpty(days: Map<string, StatsDay>, day: string, portal: string): void {
  const stats = days.get(day);
  const entry = stats?.portals[portal];
  if (!stats || !entry) return;
  for (const [key, sums] of Object.entries(entry.keys)) if (sums.every((sum) => sum === 0)) delete entry.keys[key];
  if (entry.total.every((sum) => sum === 0)) delete stats.portals[portal];
  if (Object.keys(stats.portals).length === 0) days.delete(day);
}

/**
 * Every day's sums from the whole history, oldest day first; `reported` is left holding what
 * each person or household has had reported.
 */
export function cubeOf(input: StatsInput, reported = new Map<string, ReportedKeys>()): StatsDay[] {
  const days = new Map<string, StatsDay>();
  eachView(input.submissions, reported, (view) => addView(days, view));
  for (const fill of input.fills) if (!fill.undone) addFill(days, fill, 1);
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** One portal's sums on one day, as a filter keeps them: over every key, or the one asked about. */
export interface Slice {
  day: string;
  portal: string;
  name: string;
  sums: Sums;
  /** The per-key sums counted: all of them, or only the filter's key. */
  keys: ReadonlyArray<readonly [string, Sums]>;
}
