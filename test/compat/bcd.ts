import bcd from '@mdn/browser-compat-data/forLegacyNode';
import type { CompatStatement, Identifier, SimpleSupportStatement } from '@mdn/browser-compat-data/types';

/** The oldest browser a build promises to run in, as BCD names it. */
export interface Target {
  browser: 'chrome' | 'firefox';
  version: number;
}

/** A BCD feature the target lacks. */
export interface Feature {
  /** BCD path, e.g. `api.URL.canParse_static`, so a finding can be looked up on MDN. */
  id: string;
  /**
   * How the feature reads in code: `URL.canParse`, `structuredClone`, `sidePanel.open`, or `.toSorted()` for a
   * method matched by name alone (then `id` lists every BCD entry of that name, comma-separated).
   */
  name: string;
  /** First version of the target browser that has it, or `not supported`. */
  added: string;
}

/** Features the target lacks, keyed the way the scanner sees them in code. */
export interface FeatureIndex {
  /** Bare identifiers: `structuredClone`, `Iterator`, `CSSNestedDeclarations`. */
  globals: Map<string, Feature>;
  /** Dotted paths from a global: `URL.canParse`, `Intl.DurationFormat`. */
  statics: Map<string, Feature>;
  /** Method names matched on any object: `toSorted`, `checkVisibility`. */
  members: Map<string, Feature>;
  /** Extension APIs as `namespace.member` or `namespace`: `sidePanel.open`, `sidePanel`. */
  extensions: Map<string, Feature>;
}

/** A support statement with a flag, prefix or other name does not run plain code, so it is not support. */
function plainStatements(compat: CompatStatement, browser: Target['browser']): SimpleSupportStatement[] {
  const support = compat.support[browser];
  if (support === undefined) return [];
  return (Array.isArray(support) ? support : [support]).filter(
    (s) => !s.flags && s.prefix === undefined && s.alternative_name === undefined,
  );
}

/** `≤83` means "83 or earlier": 83 is a safe bound. `preview` and `false` are not a release. */
function versionNumber(version: string | false | undefined): number | undefined {
  if (typeof version !== 'string') return undefined;
  const match = /^≤?(\d+(?:\.\d+)?)$/.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** Partial implementations count as support: BCD marks them so for quirks, not for absence. */
export function supportedIn(compat: CompatStatement, target: Target): boolean {
  return plainStatements(compat, target.browser).some((s) => {
    const added = versionNumber(s.version_added);
    const removed = versionNumber(s.version_removed);
    return added !== undefined && added <= target.version && (removed === undefined || removed > target.version);
  });
}

/** The version to quote in a finding: the release that has it now, not one that shipped it and took it back. */
export function firstVersion(compat: CompatStatement, browser: Target['browser']): string {
  const plain = plainStatements(compat, browser);
  const current = plain.filter((s) => s.version_removed === undefined);
  const versions = (current.length > 0 ? current : plain)
    .map((s) => versionNumber(s.version_added))
    .filter((v) => v !== undefined);
  return versions.length > 0 ? String(Math.min(...versions)) : 'not supported';
}

/** Sub-identifiers of a node; `__compat` is the node's own data, not a child. */
function subIdentifiers(node: Identifier): [string, Identifier][] {
  return Object.entries(node).filter((entry): entry is [string, Identifier] => entry[0] !== '__compat');
}

/** Sub-identifiers that are features (have compat data), with that data. */
function* children(node: Identifier): Generator<[string, Identifier, CompatStatement]> {
  for (const [key, child] of subIdentifiers(node)) {
    if (child.__compat !== undefined) yield [key, child, child.__compat];
  }
}

/**
 * Collects what the target lacks. A name counts as lacking only if nothing the target has goes by the
 * same name: `Iterator.prototype.map` is new, but `.map(` on an array is not, so `map` is no evidence.
 */
class IndexBuilder {
  readonly index: FeatureIndex = { globals: new Map(), statics: new Map(), members: new Map(), extensions: new Map() };
  private readonly supportedMembers = new Set<string>();
  private readonly supportedGlobals = new Set<string>();

  constructor(private readonly target: Target) {}

  global(key: string, id: string, compat: CompatStatement): void {
    if (supportedIn(compat, this.target)) this.supportedGlobals.add(key);
    else if (!this.index.globals.has(key)) this.index.globals.set(key, this.feature(id, key, compat));
  }

  static(key: string, id: string, compat: CompatStatement): void {
    // `Math.round` makes `.round` ordinary, whatever `Temporal.Duration.prototype.round` says.
    if (supportedIn(compat, this.target)) this.supportedMembers.add(key.split('.').at(-1) ?? key);
    else this.index.statics.set(key, this.feature(id, key, compat));
  }

  /**
   * Only members of an owner the target has are indexed: an instance of a missing interface (`Temporal`,
   * `MLGraphBuilder`) can only come from a missing global or factory, and that is what gets flagged.
   */
  member(key: string, id: string, compat: CompatStatement, owner: CompatStatement): void {
    if (supportedIn(compat, this.target)) {
      this.supportedMembers.add(key);
      return;
    }
    if (!supportedIn(owner, this.target)) return;
    const feature = this.feature(id, `.${key}()`, compat);
    const known = this.index.members.get(key);
    this.index.members.set(key, known ? merge(known, feature) : feature);
  }

  extension(key: string, id: string, compat: CompatStatement): void {
    if (!supportedIn(compat, this.target)) this.index.extensions.set(key, this.feature(id, key, compat));
  }

  finish(): FeatureIndex {
    for (const name of this.supportedMembers) this.index.members.delete(name);
    for (const name of this.supportedGlobals) this.index.globals.delete(name);
    return this.index;
  }

  private feature(id: string, name: string, compat: CompatStatement): Feature {
    return { id, name, added: firstVersion(compat, this.target.browser) };
  }
}

/** One name, several interfaces (`Array` and `TypedArray` `toSorted`): the earliest version is the bar. */
function merge(a: Feature, b: Feature): Feature {
  const versions = [a.added, b.added].filter((v) => v !== 'not supported').map(Number);
  return {
    id: `${a.id}, ${b.id}`,
    name: a.name,
    added: versions.length > 0 ? String(Math.min(...versions)) : 'not supported',
  };
}

/** BCD files static and prototype members of built-ins side by side; the spec anchor tells them apart. */
function isPrototypeMember(compat: CompatStatement): boolean {
  const spec = [compat.spec_url ?? []].flat().join(' ');
  return spec === '' || /prototype/i.test(spec);
}

function addBuiltins(builder: IndexBuilder, node: Identifier, owner: string, path: string): void {
  const ownName = owner.split('.').at(-1);
  const ownerCompat = node.__compat as CompatStatement;
  for (const [name, child, compat] of children(node)) {
    const id = `${path}.${name}`;
    // `Iterator.Iterator` is the constructor: without it the global itself is missing.
    if (name === ownName) builder.global(owner, id, compat);
    // Well-known symbols and behaviour notes (`Atomics.Atomic_operations_on_…`) are not names in code.
    else if (name.startsWith('@@') || name.includes('_')) continue;
    else if (isPrototypeMember(compat)) builder.member(name, id, compat, ownerCompat);
    else {
      builder.static(`${owner}.${name}`, id, compat);
      // Namespaced classes (`Intl.Segmenter`, `Temporal.Now`) have members of their own.
      if (/^[A-Z]/.test(name)) addBuiltins(builder, child, `${owner}.${name}`, id);
    }
  }
}

/** Members of these interfaces are reachable as bare globals as well (`structuredClone`, `showOpenFilePicker`). */
const GLOBAL_SCOPES = new Set(['Window', 'WorkerGlobalScope', 'ServiceWorkerGlobalScope']);

/** Globals holding the one instance of an interface: `navigator.userActivation` is as good as static. */
const GLOBAL_INSTANCES: Record<string, string> = {
  Navigator: 'navigator',
  WorkerNavigator: 'navigator',
  Document: 'document',
  Location: 'location',
  History: 'history',
  Screen: 'screen',
  Performance: 'performance',
  Crypto: 'crypto',
};

function addInterface(builder: IndexBuilder, name: string, node: Identifier, owner: CompatStatement): void {
  for (const [member, , compat] of children(node)) {
    const id = `api.${name}.${member}`;
    if (member === name) continue; // constructor: `new X` needs the global, already indexed
    if (member.endsWith('_static')) builder.static(`${name}.${member.slice(0, -'_static'.length)}`, id, compat);
    // `_event`, `_secure_context` and the like describe behaviour, not a name to call.
    else if (member.includes('_')) continue;
    else if (GLOBAL_SCOPES.has(name)) {
      builder.global(member, id, compat);
      builder.member(member, id, compat, owner);
    } else {
      builder.member(member, id, compat, owner);
      const instance = GLOBAL_INSTANCES[name];
      if (instance) builder.static(`${instance}.${member}`, id, compat);
    }
  }
}

function addExtensions(builder: IndexBuilder, api: Identifier): void {
  for (const [namespace, node, compat] of children(api)) {
    builder.extension(namespace, `webextensions.api.${namespace}`, compat);
    for (const [member, , memberCompat] of children(node)) {
      builder.extension(`${namespace}.${member}`, `webextensions.api.${namespace}.${member}`, memberCompat);
    }
  }
}

/** Everything in `javascript.builtins`, `api` and `webextensions.api` that `target` lacks. */
export function unsupportedFeatures(
  target: Target,
  data: Pick<typeof bcd, 'api' | 'javascript' | 'webextensions'> = bcd,
) {
  const builder = new IndexBuilder(target);
  const builtins = data.javascript.builtins ?? {};
  for (const [name, node, compat] of children(builtins)) {
    builder.global(name, `javascript.builtins.${name}`, compat);
    addBuiltins(builder, node, name, `javascript.builtins.${name}`);
  }
  for (const [name, node, compat] of children(data.api)) {
    builder.global(name, `api.${name}`, compat);
    addInterface(builder, name, node, compat);
  }
  addExtensions(builder, data.webextensions.api ?? {});
  return builder.finish();
}

/** CSS features the target lacks, by the name they have in a stylesheet. */
export interface CssFeatureIndex {
  properties: Map<string, Feature>;
  atRules: Map<string, Feature>;
  /**
   * Every descriptor BCD knows inside an at-rule (`page/size`), null where the target has it:
   * inside `@page`, `size` is the page's descriptor, not the `size` property.
   */
  descriptors: Map<string, Feature | null>;
  selectors: Map<string, Feature>;
  functions: Map<string, Feature>;
}

/** `spell` gives the name as a stylesheet writes it: `@container`, `:has`, `color-mix()`. */
function unsupportedIn(node: Identifier, path: string, target: Target, spell: (name: string) => string) {
  const found = new Map<string, Feature>();
  for (const [name, , compat] of children(node)) {
    if (supportedIn(compat, target)) continue;
    found.set(name, { id: `${path}.${name}`, name: spell(name), added: firstVersion(compat, target.browser) });
  }
  return found;
}

const asFunction = (name: string) => `${name}()`;

/** Value functions sit at `css.types.<fn>` or one level down (`css.types.color.color-mix`). */
function unsupportedFunctions(types: Identifier, target: Target): Map<string, Feature> {
  const found = unsupportedIn(types, 'css.types', target, asFunction);
  for (const [group, node] of subIdentifiers(types)) {
    for (const [name, feature] of unsupportedIn(node, `css.types.${group}`, target, asFunction)) {
      if (!found.has(name) && !name.includes('_')) found.set(name, feature);
    }
  }
  return found;
}

function descriptorsOf(atRules: Identifier, target: Target): Map<string, Feature | null> {
  const found = new Map<string, Feature | null>();
  for (const [rule, node] of subIdentifiers(atRules)) {
    const unsupported = unsupportedIn(node, `css.at-rules.${rule}`, target, (name) => `@${rule} ${name}`);
    for (const [name] of children(node)) found.set(`${rule}/${name}`, unsupported.get(name) ?? null);
  }
  return found;
}

export function unsupportedCss(target: Target, data: Pick<typeof bcd, 'css'> = bcd): CssFeatureIndex {
  return {
    descriptors: descriptorsOf(data.css['at-rules'] ?? {}, target),
    properties: unsupportedIn(data.css.properties ?? {}, 'css.properties', target, (name) => name),
    atRules: unsupportedIn(data.css['at-rules'] ?? {}, 'css.at-rules', target, (name) => `@${name}`),
    selectors: unsupportedIn(data.css.selectors ?? {}, 'css.selectors', target, (name) =>
      name === 'nesting' ? '& (nesting)' : `:${name}`,
    ),
    functions: unsupportedFunctions(data.css.types ?? {}, target),
  };
}
