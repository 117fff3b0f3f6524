import * as v from 'valibot';
import { STATS_FORMAT, STATS_SCHEMA_VERSION } from './export';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const amount = v.pipe(v.number(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const portalSchema = v.object({
  portal: text(300),
  name: text(300),
  submissions: count,
  fieldsAsked: count,
  fieldsHeld: count,
  fieldsFilled: count,
  fieldsTyped: count,
  timedSubmissions: count,
  secondsSpent: amount,
  secondsSaved: amount,
});

const keySchema = v.object({ key: text(64), asked: count, reentered: count, secondsReentering: amount });
const cellSchema = v.object({ key: text(64), portal: text(300), asked: count, held: count });
const pointSchema = v.object({
  period: v.pipe(v.string(), v.regex(/^\d{4}-(?:\d{2}|W\d{2})$/)),
  submissions: count,
  fieldsAsked: count,
  fieldsHeld: count,
  secondsSaved: amount,
});

/** What a statistics file must hold to be merged: anything else is refused whole, before any count. */
export const statsExportSchema = v.object({
  format: v.literal(STATS_FORMAT),
  schemaVersion: v.literal(STATS_SCHEMA_VERSION),
  installationId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  portals: v.pipe(v.array(portalSchema), v.maxLength(10_000)),
  keys: v.pipe(v.array(keySchema), v.maxLength(10_000)),
  matrix: v.pipe(v.array(cellSchema), v.maxLength(1_000_000)),
  months: v.pipe(v.array(pointSchema), v.maxLength(10_000)),
  weeks: v.pipe(v.array(pointSchema), v.maxLength(10_000)),
});

export type StatsExport = v.InferOutput<typeof statsExportSchema>;

export type ParsedExport =
  | { ok: true; stats: StatsExport }
  | { ok: false; error: 'not-json' | 'not-stats' | 'version' };

/** Reads a statistics file; a malformed or foreign one is named as such and nothing of it is kept. */
export function parseStatsExport(text: string): ParsedExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const head = (data ?? {}) as { format?: unknown; schemaVersion?: unknown };
  if (head.format === STATS_FORMAT && head.schemaVersion !== STATS_SCHEMA_VERSION)
    return { ok: false, error: 'version' };
  const parsed = v.safeParse(statsExportSchema, data);
  return parsed.success ? { ok: true, stats: parsed.output } : { ok: false, error: 'not-stats' };
}
