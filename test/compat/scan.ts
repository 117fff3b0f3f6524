import { type AnyNode, type MemberExpression, type Options, type Pattern, parse } from 'acorn';
import type { Feature, FeatureIndex } from './bcd';

/** One place where a bundle uses a feature the target lacks. */
export interface Use {
  feature: Feature;
  file: string;
  line: number;
  column: number;
  /** The code around the use: bundles are minified, so a line number alone says little. */
  snippet: string;
}

/**
 * ES2023 is the newest edition whose syntax Chrome 109 and Firefox 115 both parse in full (class static
 * blocks, `#x in o`, top-level await, hashbang). ES2024's regex `v` flag came in Chrome 112 and Firefox 116,
 * so a bundle that acorn rejects at 2023 would fail to load in the target.
 */
const SYNTAX: Pick<Options, 'ecmaVersion'> = { ecmaVersion: 2023 };

/** Parses as a module (chunks) or, failing that, as a classic script (the content script is an IIFE). */
export function parseBundle(code: string, file: string): AnyNode {
  let asModule: unknown;
  try {
    return parse(code, { ...SYNTAX, sourceType: 'module' }) as AnyNode;
  } catch (error) {
    asModule = error;
  }
  try {
    return parse(code, { ...SYNTAX, sourceType: 'script' }) as AnyNode;
  } catch (asScript) {
    // Which reading was meant is unknown here, so both errors are shown.
    const reasons = `as a module: ${(asModule as Error).message}; as a script: ${(asScript as Error).message}`;
    throw new Error(`${file}: syntax newer than ES2023 or invalid (${reasons})`);
  }
}

type Parent = { node: AnyNode; key: string };

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function walk(node: AnyNode, visit: (node: AnyNode, parents: readonly Parent[]) => void, parents: Parent[] = []): void {
  visit(node, parents);
  const fields = node as unknown as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value !== 'object' || value === null) continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isNode(child)) continue;
      parents.push({ node, key });
      walk(child, visit, parents);
      parents.pop();
    }
  }
}

function bindingNames(pattern: Pattern | null | undefined, into: Set<string>): void {
  if (!pattern) return;
  if (pattern.type === 'Identifier') into.add(pattern.name);
  else if (pattern.type === 'ObjectPattern') {
    for (const prop of pattern.properties) bindingNames(prop.type === 'Property' ? prop.value : prop.argument, into);
  } else if (pattern.type === 'ArrayPattern') for (const element of pattern.elements) bindingNames(element, into);
  else if (pattern.type === 'AssignmentPattern') bindingNames(pattern.left, into);
  else if (pattern.type === 'RestElement') bindingNames(pattern.argument, into);
}

/** Every name the file declares: a global of that name is shadowed somewhere, so a bare use proves nothing. */
function declaredNames(program: AnyNode): Set<string> {
  const names = new Set<string>();
  walk(program, (node) => {
    switch (node.type) {
      case 'VariableDeclarator':
        return bindingNames(node.id, names);
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (node.type !== 'ArrowFunctionExpression' && node.id) names.add(node.id.name);
        for (const param of node.params) bindingNames(param, names);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (node.id) names.add(node.id.name);
        return;
      case 'CatchClause':
        return bindingNames(node.param, names);
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        names.add(node.local.name);
    }
  });
  return names;
}

/** Names through which code reaches the global object; `globalThis.URL.canParse` is `URL.canParse`. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self']);

function propertyName(node: MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'Literal' && typeof node.property.value === 'string') return node.property.value;
  return undefined;
}

/** `a.b.c` as text, when every step is a plain name. */
function dotted(node: AnyNode): string[] | undefined {
  if (node.type === 'Identifier') return [node.name];
  if (node.type !== 'MemberExpression') return undefined;
  const head = dotted(node.object);
  const name = propertyName(node);
  return head && name !== undefined ? [...head, name] : undefined;
}

/** A dotted path rooted at an undeclared global, with `globalThis.`/`window.` dropped. */
function globalPath(node: AnyNode, declared: Set<string>): string[] | undefined {
  const path = dotted(node);
  if (!path?.[0] || declared.has(path[0])) return undefined;
  return GLOBAL_OBJECTS.has(path[0]) && path.length > 1 ? path.slice(1) : path;
}

/**
 * Reading a missing member yields `undefined`, which only hurts when it is called or dereferenced. These
 * positions only ask whether it exists (`typeof x.m`, `if (x.m)`, `x.m && …`, `x.m?.()`, `x.m?.y`), so they
 * are feature detection, not use. Writing a member (`x.m = …`) defines it and is not a use either.
 */
function isProbeOrWrite(parent: Parent | undefined): boolean {
  if (!parent) return false;
  const { node: p, key } = parent;
  switch (p.type) {
    case 'UnaryExpression':
      return p.operator === 'typeof' || p.operator === '!' || p.operator === 'delete';
    case 'IfStatement':
    case 'ConditionalExpression':
    case 'WhileStatement':
      return key === 'test';
    case 'LogicalExpression':
      return key === 'left';
    case 'BinaryExpression':
      return ['===', '!==', '==', '!='].includes(p.operator);
    case 'MemberExpression':
      return key === 'object' && p.optional;
    case 'CallExpression':
      return key === 'callee' && p.optional;
    case 'AssignmentExpression':
      return key === 'left';
    default:
      return false;
  }
}

/** The condition that must hold for the code at `parent.key` to run, if `parent` is a branch. */
function guardOf({ node: p, key }: Parent): AnyNode | undefined {
  if (p.type === 'LogicalExpression' && p.operator === '&&' && key === 'right') return p.left;
  if ((p.type === 'ConditionalExpression' || p.type === 'IfStatement') && key === 'consequent') return p.test;
  return undefined;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** `Error.captureStackTrace && Error.captureStackTrace(this)`: used only where the same code was tested. */
function isGuarded(node: AnyNode, parents: readonly Parent[], code: string): boolean {
  const text = code.slice(node.start, node.end);
  for (let i = parents.length - 1; i >= 0; i--) {
    const parent = parents[i] as Parent;
    if (FUNCTIONS.has(parent.node.type)) return false;
    const guard = guardOf(parent);
    if (guard && code.slice(guard.start, guard.end).includes(text)) return true;
  }
  return false;
}

/** Identifiers in these slots are names of something else (a property, a label), not references. */
function isReference(parents: readonly Parent[]): boolean {
  const parent = parents.at(-1);
  if (!parent) return true;
  const p = parent.node;
  if (p.type === 'MemberExpression') return parent.key === 'object' || p.computed;
  if (p.type === 'Property' || p.type === 'MethodDefinition' || p.type === 'PropertyDefinition') {
    return parent.key === 'value' || p.computed;
  }
  return !['LabeledStatement', 'BreakStatement', 'ContinueStatement', 'ExportSpecifier', 'MetaProperty'].includes(
    p.type,
  );
}

function globalUse(node: AnyNode, parents: readonly Parent[], index: FeatureIndex, declared: Set<string>) {
  if (node.type !== 'Identifier' || declared.has(node.name) || !isReference(parents)) return [];
  const feature = index.globals.get(node.name);
  return feature ? [feature] : [];
}

/** `chrome.sidePanel`, and `<anything>.sidePanel.open` since bundlers rename the polyfill's `browser`. */
function extensionUses(node: MemberExpression, index: FeatureIndex, declared: Set<string>): Feature[] {
  const name = propertyName(node);
  if (name === undefined) return [];
  const found: Feature[] = [];
  const namespace = node.object.type === 'MemberExpression' ? propertyName(node.object) : undefined;
  const member = namespace === undefined ? undefined : index.extensions.get(`${namespace}.${name}`);
  if (member) found.push(member);
  const root = node.object.type === 'Identifier' ? node.object.name : undefined;
  const namespaceFeature = index.extensions.get(name);
  if (root && (root === 'chrome' || root === 'browser') && !declared.has(root) && namespaceFeature) {
    found.push(namespaceFeature);
  }
  return found;
}

/**
 * Member names are matched on any object only when called: a library's data (`e.year`, `t.priority`) shares
 * names with new properties everywhere, while a call of a missing method is what throws.
 */
function isCalled(parent: Parent | undefined): boolean {
  return parent?.node.type === 'CallExpression' && parent.key === 'callee';
}

function memberUses(node: MemberExpression, parent: Parent | undefined, index: FeatureIndex, declared: Set<string>) {
  const found: Feature[] = [];
  const path = globalPath(node, declared);
  if (path) {
    const feature = path.length === 1 ? index.globals.get(path[0] ?? '') : index.statics.get(path.join('.'));
    if (feature) found.push(feature);
  }
  const name = propertyName(node);
  const method = name === undefined || !isCalled(parent) ? undefined : index.members.get(name);
  if (method) found.push(method);
  found.push(...extensionUses(node, index, declared));
  return found;
}

/** 1-based line and column; computed only for uses, since acorn's own locations slow parsing by a third. */
function position(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Around the end of the use: a member expression's start can be a whole function away. */
function snippet(code: string, end: number): string {
  return code.slice(Math.max(0, end - 50), end + 30).replace(/\s+/g, ' ');
}

/** Finds every use of an indexed feature in one parsed bundle. */
export function findUses(program: AnyNode, code: string, file: string, index: FeatureIndex): Use[] {
  const declared = declaredNames(program);
  const uses: Use[] = [];
  walk(program, (node, parents) => {
    const features =
      node.type === 'MemberExpression'
        ? memberUses(node, parents.at(-1), index, declared)
        : globalUse(node, parents, index, declared);
    if (features.length === 0 || isProbeOrWrite(parents.at(-1)) || isGuarded(node, parents, code)) return;
    const { line, column } = position(code, node.type === 'MemberExpression' ? node.property.start : node.start);
    for (const feature of features) {
      uses.push({ feature, file, line, column, snippet: snippet(code, node.end) });
    }
  });
  return uses;
}

/** String constants in a bundle, where Vite puts stylesheets imported with `?inline`. */
export function stringConstants(program: AnyNode): string[] {
  const found: string[] = [];
  walk(program, (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') found.push(node.value);
    if (node.type === 'TemplateLiteral' && node.quasis.length === 1) found.push(node.quasis[0]?.value.cooked ?? '');
  });
  return found;
}
