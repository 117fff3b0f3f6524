import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_DEFINITIONS, type PackError, PORTAL_DEFINITIONS, packOf, parsePack } from '../../../lib/portals';

const [dibao, fanpin] = PORTAL_DEFINITIONS as [(typeof PORTAL_DEFINITIONS)[0], (typeof PORTAL_DEFINITIONS)[0]];
const pack = (definitions: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'fillonce-definitions', schemaVersion: 1, definitions, ...extra });

function errorsOf(text: string): PackError[] {
  const result = parsePack(text);
  if (result.ok) throw new Error('the pack was accepted');
  return result.errors;
}

describe('a definition pack', () => {
  it('reads the example the README gives', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = readme.split('## Portal definitions')[1]?.split('```json')[1]?.split('```')[0] ?? '';
    expect(parsePack(example)).toMatchObject({ ok: true, pack: { definitions: [{ id: 'fpjc' }] } });
  });

  it('reads back what packOf wrote', () => {
    const result = parsePack(JSON.stringify(packOf([dibao, fanpin])));
    expect(result).toEqual({ ok: true, pack: packOf([dibao, fanpin]) });
  });

  it.each<[string, string, string]>([
    ['not JSON', '{"format": "fillonce-definitions",', '(the file)'],
    ['a huge file', ' '.repeat(4 * 1024 * 1024 + 1), '(the file)'],
    [
      'another kind of file',
      JSON.stringify({ format: 'fillonce-stats', schemaVersion: 1, definitions: [dibao] }),
      'format',
    ],
    ['a newer schema version', pack([dibao], { schemaVersion: 2 }), 'schemaVersion'],
    ['no definitions', pack([]), 'definitions'],
    ['a missing id', pack([{ ...dibao, id: undefined }]), 'definitions[0].id'],
    ['a name of the wrong type', pack([{ ...dibao, name: 42 }]), 'definitions[0].name'],
    ['a duplicate id', pack([fanpin, dibao, { ...dibao, name: '另一个' }]), 'definitions[2].id'],
    [
      'a bad URL pattern',
      pack([{ ...dibao, match: { urls: ['*://dibao.localhost'] } }]),
      'definitions[0].match.urls[0]',
    ],
    ['an unknown field key', pack([{ ...dibao, fields: { '#x': 'favourite-colour' } }]), 'definitions[0].fields.#x'],
    ['an unknown capture mode', pack([{ ...dibao, capture: 'sometimes' }]), 'definitions[0].capture'],
    ['an example that is not a URL', pack([{ ...dibao, examples: ['dibao'] }]), 'definitions[0].examples[0]'],
    ['a property the format does not have', pack([{ ...dibao, script: 'alert(1)' }]), 'definitions[0].script'],
    [
      'too many definitions',
      pack(Array.from({ length: MAX_PACK_DEFINITIONS + 1 }, (_, i) => ({ ...dibao, id: `p-${i}` }))),
      'definitions',
    ],
  ])('refuses %s, naming where', (_kind, text, path) => {
    const errors = errorsOf(text);
    expect(errors.map((error) => error.path)).toContain(path);
    for (const error of errors) expect(error.message.length).toBeGreaterThan(0);
  });

  it('names every bad value of a file at once', () => {
    const errors = errorsOf(
      pack([
        { ...dibao, version: 0 },
        { ...fanpin, cycle: 'weekly' },
      ]),
    );
    expect(errors.map((error) => error.path)).toEqual(['definitions[0].version', 'definitions[1].cycle']);
  });
});
