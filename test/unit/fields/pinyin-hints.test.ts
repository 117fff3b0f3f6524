import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { FIELD_DICTIONARY } from '../../../lib/fields';

/** 联系电话 → lxdh: the initials Chinese portals name their inputs by. */
const initialsOf = (han: string) =>
  pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();

// pinyin-pro checks the hand-kept hints here rather than shipping its dictionary in the extension.
describe('pinyin initials as name hints', () => {
  const owners = new Map<string, Set<string>>();
  for (const { key, zh } of FIELD_DICTIONARY) {
    // Exact-only words (紧急联系人 as a whole label) name whose field it is when inside a longer one.
    for (const synonym of zh.filter((phrase) => !phrase.startsWith('='))) {
      const han = synonym.replace(/[^\p{Script=Han}]/gu, '');
      if (han.length < 4) continue;
      const initials = initialsOf(han);
      owners.set(initials, (owners.get(initials) ?? new Set()).add(key));
    }
  }

  it('lists the initials of every synonym of four or more characters, unless two keys share them', () => {
    const missing = FIELD_DICTIONARY.flatMap(({ key, nameHints }) =>
      [...owners]
        .filter(([initials, keys]) => keys.size === 1 && keys.has(key) && !nameHints.includes(initials))
        .map(([initials]) => `${key}: ${initials}`),
    );
    expect(missing).toEqual([]);
  });

  it('never gives one set of initials to two keys', () => {
    const hintOwners = new Map<string, string[]>();
    for (const { key, nameHints } of FIELD_DICTIONARY) {
      for (const hint of nameHints) hintOwners.set(hint, [...(hintOwners.get(hint) ?? []), key]);
    }
    expect([...hintOwners].filter(([, keys]) => keys.length > 1)).toEqual([]);
  });
});
