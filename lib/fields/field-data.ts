import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTraditionalPairs } from './traditional-data';
import { buildVocabularyData } from './vocabulary-data';

/** Where the build puts the data below, relative to the project; git ignores it. */
const FIELD_DATA_DIR = 'lib/fields/generated';

/**
 * The classifier's data, worked out from the dictionary: file name → module text. Each is
 * one string of JSON, parsed on first use: a string literal costs a page next to nothing to
 * load, where the same data as object literals would be parsed and built with the engine.
 */
export function fieldDataFiles(): Record<string, string> {
  const module = (data: unknown) =>
    `// Written by lib/fields/field-data.ts at build time; not in git.\nexport default ${JSON.stringify(JSON.stringify(data))};\n`;
  return {
    'vocabulary.ts': module(buildVocabularyData()),
    'traditional.ts': module(buildTraditionalPairs()),
  };
}

/**
 * Writes the data once at build time, so no page works it out itself. Build tooling, run in
 * Node by wxt.config.ts (every wxt command) and by the unit tests' setup; never bundled.
 */
export function writeFieldData(root: string): void {
  const dir = join(root, FIELD_DATA_DIR);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(fieldDataFiles())) writeFileSync(join(dir, file), text);
}
