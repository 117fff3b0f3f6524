import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import {
  computeDashboard,
  eventsNdjson,
  mergeExports,
  parseStatsExport,
  statsJson,
  viewSubmissions,
} from '../../../lib/stats';
import { seededHistory } from '../../bench/seeded-history';

/** The README's roll-up, exactly as a county admin would copy it. */
async function readmeSql(): Promise<string[]> {
  const readme = await readFile(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const block = /```sql\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('**Past one machine.**')))?.[1];
  if (!block) throw new Error('README has no roll-up SQL');
  return block
    .split(';')
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}

const INSTALLATIONS = [
  { id: 'county-a', seed: 11 },
  { id: 'county-b', seed: 22 },
  { id: 'county-c', seed: 33 },
];

let dir = '';
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('the county roll-up in DuckDB', () => {
  it('gives, from three installations’ NDJSON, the figures the page merges from their JSON', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fillonce-rollup-'));
    const parts = [];
    for (const { id, seed } of INSTALLATIONS) {
      const history = seededHistory(400, 60, 5, seed);
      const dashboard = computeDashboard(history);
      await writeFile(join(dir, `${id}.ndjson`), eventsNdjson(viewSubmissions(history.submissions), id));
      const parsed = parseStatsExport(
        JSON.stringify(statsJson(dashboard, { installationId: id, exportedAt: 0, filter: {} })),
      );
      if (!parsed.ok) throw new Error(parsed.error);
      parts.push({ label: id, stats: parsed.stats });
    }
    const merged = mergeExports(parts);

    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const [createView, perPortal, perKey, perMonth] = (await readmeSql()).map((statement) =>
      statement.replace("'exports/*.ndjson'", `'${join(dir, '*.ndjson')}'`),
    ) as [string, string, string, string];
    await connection.run(createView);
    const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();

    const portals = await rows(perPortal);
    expect(portals).toHaveLength(merged.portals.length);
    for (const row of portals) {
      const stats = merged.portals.find((candidate) => candidate.portal === row.portal);
      expect(stats).toMatchObject({
        submissions: Number(row.submissions),
        fieldsAsked: Number(row.fields_asked),
        fieldsHeld: Number(row.fields_held),
        fieldsFilled: Number(row.fields_filled),
        fieldsTyped: Number(row.fields_typed),
        timedSubmissions: Number(row.timed_submissions),
      });
      expect(stats?.secondsSpent).toBeCloseTo(Number(row.seconds_spent), 6);
    }
    const keys = await rows(perKey);
    expect(keys).toHaveLength(merged.keys.length);
    for (const row of keys) {
      expect(merged.keys.find((candidate) => candidate.key === row.key)).toMatchObject({
        portals: Number(row.portals),
        asked: Number(row.asked),
        reentered: Number(row.reentered),
      });
    }
    const months = await rows(perMonth);
    expect(
      months.map((row) => [row.month, Number(row.submissions), Number(row.fields_asked), Number(row.fields_held)]),
    ).toEqual(merged.months.map((point) => [point.period, point.submissions, point.fieldsAsked, point.fieldsHeld]));
    // Not a vacuous match: people were reported to more than one portal.
    expect(merged.summary.fieldsHeld).toBeGreaterThan(0);
  });
});
