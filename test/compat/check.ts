import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CssFeatureIndex, type FeatureIndex, type Target, unsupportedCss, unsupportedFeatures } from './bcd';
import { looksLikeCss, scanCss } from './css';
import { findUses, parseBundle, stringConstants, type Use } from './scan';

/** A use that is known and safe. `reason` must say why: guarded by feature detection, a library's own method… */
export type Allowance = {
  /** `Feature.name`, e.g. `.toArray()` or `Symbol.dispose`. */
  feature: string;
  reason: string;
} & (
  | {
      /** Bundle path inside the build with its content hash removed, e.g. `chunks/exceljs.min.js`. */
      file: string;
      /** Matched against the code around the use (`Use.snippet`). */
      context?: RegExp;
    }
  | { file?: undefined; context: RegExp }
);

export interface SourceFile {
  file: string;
  code: string;
}

export interface CheckResult {
  /** Uses the target lacks and no allowance covers: each one is a failure. */
  problems: Use[];
  allowed: Use[];
  /** Allowances that matched nothing: the code they excused is gone, so they should go too. */
  unusedAllowances: Allowance[];
}

/** `chunks/exceljs.min-DpwMaBC0.js` → `chunks/exceljs.min.js`, so allowances survive rebuilds. */
export function stableName(file: string): string {
  return file.replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1');
}

function covers(allowance: Allowance, use: Use): boolean {
  return (
    allowance.feature === use.feature.name &&
    (allowance.file === undefined || allowance.file === stableName(use.file)) &&
    (allowance.context === undefined || allowance.context.test(use.snippet))
  );
}

/** Splits uses into problems and allowed ones, and reports allowances that excuse nothing. */
export function applyAllowlist(uses: Use[], allowlist: readonly Allowance[]): CheckResult {
  const used = new Set<Allowance>();
  const problems: Use[] = [];
  const allowed: Use[] = [];
  for (const use of uses) {
    const allowance = allowlist.find((a) => covers(a, use));
    if (allowance) used.add(allowance);
    (allowance ? allowed : problems).push(use);
  }
  return { problems, allowed, unusedAllowances: allowlist.filter((a) => !used.has(a)) };
}

const indexes = new Map<string, { index: FeatureIndex; cssIndex: CssFeatureIndex }>();

/** Indexing BCD takes a tenth of a second; tests ask for the same two targets many times. */
function indexesFor(target: Target) {
  const key = `${target.browser} ${target.version}`;
  const known = indexes.get(key);
  if (known) return known;
  const built = { index: unsupportedFeatures(target), cssIndex: unsupportedCss(target) };
  indexes.set(key, built);
  return built;
}

/** Every JS feature, and every CSS feature in stylesheets and in stylesheets inlined into JS, the target lacks. */
export function findUnsupported(scripts: SourceFile[], stylesheets: SourceFile[], target: Target): Use[] {
  const { index, cssIndex } = indexesFor(target);
  const uses: Use[] = [];
  const sheets = [...stylesheets];
  for (const { file, code } of scripts) {
    const program = parseBundle(code, file);
    uses.push(...findUses(program, code, file, index));
    for (const css of stringConstants(program).filter(looksLikeCss)) sheets.push({ file, code: css });
  }
  for (const { file, code } of sheets) {
    for (const use of scanCss(code, file, cssIndex)) uses.push({ ...use, line: 0, column: 0 });
  }
  return uses;
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .sort();
}

/** A build directory's `.js` and `.css` files, named relative to it. */
export function readBuild(dir: string): { scripts: SourceFile[]; stylesheets: SourceFile[] } {
  const read = (extension: string) =>
    filesUnder(dir, extension).map((file) => ({
      file: relative(dir, join(dir, file)),
      code: readFileSync(join(dir, file), 'utf8'),
    }));
  return { scripts: read('.js'), stylesheets: read('.css') };
}

interface Manifest {
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
}

/** The target comes from the built manifest, so the check follows what the build declares. */
export function declaredTarget(manifest: Manifest): Target {
  const firefox = manifest.browser_specific_settings?.gecko?.strict_min_version;
  if (firefox !== undefined) return { browser: 'firefox', version: Number.parseFloat(firefox) };
  if (manifest.minimum_chrome_version !== undefined) {
    return { browser: 'chrome', version: Number.parseFloat(manifest.minimum_chrome_version) };
  }
  throw new Error('manifest declares neither minimum_chrome_version nor gecko.strict_min_version');
}

function browserName(target: Target, version: string | number): string {
  return `${target.browser === 'chrome' ? 'Chrome' : 'Firefox'} ${version}`;
}

/** One block per feature, so the list reads as "what to fix", each with where it was found. */
export function formatProblems(problems: Use[], target: Target): string {
  const groups = new Map<string, Use[]>();
  for (const use of problems) groups.set(use.feature.name, [...(groups.get(use.feature.name) ?? []), use]);
  const lines = [`${browserName(target, target.version)} lacks ${groups.size} feature(s) the build uses:`];
  for (const uses of groups.values()) {
    const { feature } = uses[0] as Use;
    const since = feature.added === 'not supported' ? 'not supported' : `since ${browserName(target, feature.added)}`;
    lines.push(`  ${feature.name} (${since}; BCD ${feature.id})`);
    for (const use of uses.slice(0, 5)) {
      const at = use.line > 0 ? `${use.file}:${use.line}:${use.column}` : use.file;
      lines.push(`    ${at}  …${use.snippet}…`);
    }
    if (uses.length > 5) lines.push(`    …and ${uses.length - 5} more`);
  }
  return lines.join('\n');
}
