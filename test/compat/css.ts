import type { CssFeatureIndex, Feature } from './bcd';

export interface CssUse {
  feature: Feature;
  file: string;
  /** The selector, at-rule or declaration that uses it. */
  snippet: string;
}

/** Comments and quoted strings may contain anything; blank them out so that only syntax is matched. */
function stripNoise(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
}

/** A style rule, or an at-rule by its lower-case name. */
type Block = 'rule' | { atRule: string };

function selectorUses(selector: string, index: CssFeatureIndex, insideRule: boolean): Feature[] {
  const found: Feature[] = [];
  // Attribute selectors can hold colons (`[href^=http:]`).
  const bare = selector.replace(/\[[^\]]*\]/g, '');
  for (const [, name] of bare.matchAll(/::?([a-zA-Z-]+)/g)) {
    const feature = name && index.selectors.get(name.toLowerCase());
    if (feature) found.push(feature);
  }
  const nesting = index.selectors.get('nesting');
  if (nesting && (insideRule || bare.includes('&'))) found.push(nesting);
  return found;
}

/** Where basic shapes are values; elsewhere `rect()` is CSS 2's `clip: rect(…)`, supported everywhere. */
const SHAPE_PROPERTIES = new Set(['clip-path', 'shape-outside', 'offset-path']);

function functionUse(property: string, fn: string, index: CssFeatureIndex): Feature | undefined {
  const feature = index.functions.get(fn.toLowerCase());
  if (feature?.id.startsWith('css.types.basic-shape.') && !SHAPE_PROPERTIES.has(property)) return undefined;
  return feature;
}

/** A declaration's feature: an at-rule's own descriptor where it has one by that name, else the property. */
function declaredFeature(property: string, block: Block | undefined, index: CssFeatureIndex): Feature | undefined {
  const descriptor = typeof block === 'object' ? index.descriptors.get(`${block.atRule}/${property}`) : undefined;
  if (descriptor !== undefined) return descriptor ?? undefined;
  return index.properties.get(property);
}

function declarationUses(declarations: string, block: Block | undefined, index: CssFeatureIndex): Feature[] {
  const found: Feature[] = [];
  for (const declaration of declarations.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    // Custom properties and vendor prefixes are outside BCD's plain names.
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const feature = property.startsWith('-') ? undefined : declaredFeature(property, block, index);
    if (feature) found.push(feature);
    for (const [, fn] of declaration.slice(colon + 1).matchAll(/([a-zA-Z-]+)\(/g)) {
      const used = fn && functionUse(property, fn, index);
      if (used) found.push(used);
    }
  }
  return found;
}

/**
 * Lists the properties, at-rules, selectors (nesting included) and value functions a stylesheet uses that
 * the target lacks. It reads names only: property values (`display: contents`) and units are not checked.
 */
export function scanCss(css: string, file: string, index: CssFeatureIndex): CssUse[] {
  const uses: CssUse[] = [];
  const stack: Block[] = [];
  const record = (features: Feature[], snippet: string) => {
    for (const feature of features) uses.push({ feature, file, snippet: snippet.trim().slice(0, 80) });
  };
  for (const [, text = '', delimiter] of stripNoise(css).matchAll(/([^{};]*)([{};]|$)/g)) {
    if (delimiter === '{') {
      const prelude = text.trim();
      const atRule = /^@([a-zA-Z-]+)/.exec(prelude)?.[1];
      const feature = atRule === undefined ? undefined : index.atRules.get(atRule.toLowerCase());
      if (atRule === undefined) record(selectorUses(prelude, index, stack.at(-1) === 'rule'), prelude);
      else if (feature) record([feature], prelude);
      stack.push(atRule === undefined ? 'rule' : { atRule: atRule.toLowerCase() });
    } else {
      record(declarationUses(text, stack.at(-1), index), text);
      if (delimiter === '}') stack.pop();
    }
  }
  return uses;
}

/** Stylesheets that Vite inlined into a bundle (`?inline` imports) as one string literal. */
export function looksLikeCss(text: string): boolean {
  return text.length > 40 && /^\s*(?:@[a-z-]+[^{]*\{|[^{}]+\{[a-z-]+:[^{}]*\})/i.test(text) && !/[<>]\s*\//.test(text);
}
