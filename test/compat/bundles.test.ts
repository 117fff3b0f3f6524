import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALLOWLIST } from './allowlist';
import type { Target } from './bcd';
import { applyAllowlist, declaredTarget, findUnsupported, formatProblems, readBuild } from './check';
import type { Use } from './scan';

// Runs on the built extension: `npm run build && npm run build:firefox` first (the `test` script does).
const OUTPUT = fileURLToPath(new URL('../../.output', import.meta.url));

const BUILDS: [string, Target][] = [
  ['chrome-mv3', { browser: 'chrome', version: 109 }],
  ['firefox-mv2', { browser: 'firefox', version: 115 }],
];

/** Every flagged use across builds: an allowance may be needed by one build only. */
const flagged: Use[] = [];

describe.each(BUILDS)('the %s build', (build, expected) => {
  const dir = join(OUTPUT, build);

  it(`declares ${expected.browser} ${expected.version} and uses nothing newer`, () => {
    expect(existsSync(join(dir, 'manifest.json')), `${dir} is missing: build first`).toBe(true);
    const target = declaredTarget(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    expect(target).toEqual(expected);
    const { scripts, stylesheets } = readBuild(dir);
    expect(scripts.length).toBeGreaterThan(0);
    const uses = findUnsupported(scripts, stylesheets, target);
    flagged.push(...uses);
    const { problems } = applyAllowlist(uses, ALLOWLIST);
    expect(problems.length === 0 ? '' : formatProblems(problems, target)).toBe('');
  });
});

it('has no allowance left that excuses nothing', () => {
  const stale = applyAllowlist(flagged, ALLOWLIST).unusedAllowances;
  expect(stale.map((a) => `${a.feature} in ${a.file ?? a.context}`)).toEqual([]);
});
