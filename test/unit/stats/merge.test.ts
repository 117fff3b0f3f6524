import { describe, expect, it } from 'vitest';
import { computeDashboard, mergeExports, parseStatsExport, type StatsExport, statsJson } from '../../../lib/stats';
import { B_ID, FILLS, SUBMISSIONS } from '../../fixtures/stats/history';

const exportOf = (installationId: string, submissions = SUBMISSIONS, exportedAt = Date.UTC(2026, 11, 1)) => {
  const dashboard = computeDashboard({ submissions, fills: submissions === SUBMISSIONS ? FILLS : [] });
  const text = JSON.stringify(statsJson(dashboard, { installationId, exportedAt, filter: {} }));
  const parsed = parseStatsExport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.stats as StatsExport;
};

// The second staff member submitted only S2 (B, 10-12, four fields, two filled, 60 s): on that
// machine nothing was reported before it, so it holds nothing.
const second = exportOf('install-2', [SUBMISSIONS[2] as (typeof SUBMISSIONS)[number]]);
const first = exportOf('install-1');

describe('merging staff statistics files', () => {
  it('sums the counts of different installations, and works the shares out again', () => {
    const merged = mergeExports([
      { label: 'a.json', stats: first },
      { label: 'b.json', stats: second },
    ]);
    expect(merged.summary).toMatchObject({ submissions: 5, fieldsAsked: 19, fieldsHeld: 7, duplicateShare: 7 / 19 });
    const portalB = merged.portals.find((stats) => stats.portal === B_ID);
    expect(portalB).toMatchObject({ submissions: 3, fieldsAsked: 10, fieldsHeld: 3, duplicateShare: 0.3 });
    // Three timed submissions, 150 s in all: 3 × 50 s.
    expect(portalB?.burdenHours).toBeCloseTo(150 / 3600, 10);
    expect(merged.matrix.get('bank.account')?.get(B_ID)).toEqual({ asked: 2, held: 0 });
    expect(merged.keys.find((stats) => stats.key === 'bank.account')).toMatchObject({ portals: 2, asked: 3 });
    expect(merged.months.find((point) => point.period === '2026-10')?.submissions).toBe(3);
    expect(merged.sources.map((source) => source.label)).toEqual(['a.json', 'b.json']);
  });

  it('counts a file loaded twice, or an older export of the same machine, once', () => {
    const once = mergeExports([{ label: 'a.json', stats: first }]);
    const twice = mergeExports([
      { label: 'a.json', stats: first },
      { label: 'a (copy).json', stats: first },
    ]);
    expect(twice.summary).toEqual(once.summary);
    const older = { ...first, exportedAt: '2026-11-01T00:00:00.000Z' };
    expect(
      mergeExports([
        { label: 'new.json', stats: first },
        { label: 'old.json', stats: older },
      ]).sources,
    ).toEqual([{ label: 'new.json', installationId: 'install-1', exportedAt: first.exportedAt }]);
  });
});

describe('reading a statistics file', () => {
  it('refuses what is not JSON, what is not a statistics file, and another schema version', () => {
    expect(parseStatsExport('not json {')).toEqual({ ok: false, error: 'not-json' });
    expect(parseStatsExport(JSON.stringify({ format: 'fillonce-backup', version: 3 }))).toEqual({
      ok: false,
      error: 'not-stats',
    });
    expect(parseStatsExport(JSON.stringify({ ...first, schemaVersion: 2 }))).toEqual({ ok: false, error: 'version' });
    expect(parseStatsExport(JSON.stringify({ ...first, portals: [{ portal: 'x' }] }))).toEqual({
      ok: false,
      error: 'not-stats',
    });
  });
});
