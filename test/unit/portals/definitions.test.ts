import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FIELD_DICTIONARY } from '../../../lib/fields';
import {
  createRegistry,
  definitionSchema,
  NO_SAVED_DEFINITIONS,
  PORTAL_DEFINITIONS,
  type PortalDefinition,
  parseUrlPattern,
  registryEntries,
  urlPatternIncludes,
} from '../../../lib/portals';

/** The registry as a fresh installation has it: the built-in definitions alone. */
const BUILT_IN = createRegistry(registryEntries(PORTAL_DEFINITIONS, NO_SAVED_DEFINITIONS, []));
const matchPortal = (url: string) => BUILT_IN.match(url)?.definition ?? null;
const portalById = (id: string) => BUILT_IN.byId(id)?.definition ?? null;

const DEFINITIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lib/portals/definitions');

/**
 * Whether one definition's own patterns take the URL. matchPortal returns only the first
 * definition that matches, so an overlap between two definitions would hide behind it.
 */
function patternsInclude(definition: PortalDefinition, url: string): boolean {
  return definition.match.urls.some((text) => {
    const pattern = parseUrlPattern(text);
    return typeof pattern !== 'string' && urlPatternIncludes(pattern, new URL(url));
  });
}

describe.each(PORTAL_DEFINITIONS.map((definition) => [definition.id, definition] as const))(
  'portal definition %s',
  (id, definition) => {
    it('is a valid definition in the pack format', () => {
      expect(v.safeParse(definitionSchema, definition).issues).toBeUndefined();
    });

    it.each(definition.examples)('matches its own example %s', (url) => {
      expect(matchPortal(url)?.id).toBe(id);
    });

    // Each definition's examples are the other definitions' negatives.
    const others = PORTAL_DEFINITIONS.filter((other) => other.id !== id);
    const foreignExamples = others.flatMap((other) => other.examples);
    it.each(foreignExamples)('does not match another portal’s example %s', (url) => {
      expect(patternsInclude(definition, url)).toBe(false);
    });

    it('is found again by its id', () => {
      expect(portalById(id)).toBe(definition);
    });

    it('declares only keys the field dictionary knows', () => {
      const known = new Set(FIELD_DICTIONARY.map((field) => field.key));
      expect(Object.values(definition.fields).filter((key) => !known.has(key))).toEqual([]);
    });
  },
);

describe('PORTAL_DEFINITIONS', () => {
  it('have unique ids', () => {
    const ids = PORTAL_DEFINITIONS.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are one per file, each named after its id', () => {
    const files = readdirSync(DEFINITIONS_DIR)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''))
      .sort();
    expect(PORTAL_DEFINITIONS.map((definition) => definition.id).sort()).toEqual(files);
  });

  it.each([
    'https://example.com/',
    'https://example.com/collect/',
    'http://fanpin.localhost.example.com/collect/',
    'http://dibao.localhost/other/',
  ])('match nothing for an unrelated URL: %s', (url) => {
    expect(matchPortal(url)).toBeNull();
  });

  it('find nothing for an unknown id', () => {
    expect(portalById('no-such-portal')).toBeNull();
  });
});
