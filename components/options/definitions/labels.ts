import type { DefinitionView } from '../../../lib/messaging';
import type { DefinitionSource, ImportPlanItem, PackError } from '../../../lib/portals';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n';

const SOURCE_TAGS: Record<DefinitionSource, MessageKey> = {
  managed: 'definitionsSourceManaged',
  user: 'definitionsSourceUser',
  imported: 'definitionsSourceImported',
  builtin: 'definitionsSourceBuiltin',
};

/** A source as the object of a sentence: 与内置定义同 id. */
const SOURCE_NOUNS: Record<DefinitionSource, MessageKey> = {
  managed: 'definitionsOfManaged',
  user: 'definitionsOfUser',
  imported: 'definitionsOfImported',
  builtin: 'definitionsOfBuiltin',
};

export function sourceTag(source: DefinitionSource): string {
  return t(SOURCE_TAGS[source]);
}

/** What a definition stands in for: a person's copy changes the one it hides, a pushed or imported one replaces it. */
export function hidesNote({ source, hides }: Pick<DefinitionView, 'source' | 'hides'>): string | null {
  if (!hides) return null;
  return t(source === 'user' ? 'definitionsHides' : 'definitionsReplaces', t(SOURCE_NOUNS[hides]));
}

export function statusText({ status, current, id }: ImportPlanItem): string {
  switch (status) {
    case 'new':
      return t('definitionsStatusNew');
    case 'changed':
      return t('definitionsStatusChanged');
    case 'same':
      return t('definitionsStatusSame');
    default:
      // A conflict always names the source in force; the id stands in should one ever come without.
      return t('definitionsStatusConflict', current ? t(SOURCE_NOUNS[current]) : id);
  }
}

/** An import writes the new and the changed; the same and the conflicting stay as they are. */
export function importCounts(items: readonly ImportPlanItem[]): { written: number; skipped: number } {
  const written = items.filter((item) => item.status === 'new' || item.status === 'changed').length;
  return { written, skipped: items.length - written };
}

export const SHOWN_ERRORS = 10;

/** The first errors of a refused pack as `path: message`, and how many more were left out. */
export function errorLines(errors: readonly PackError[], shown = SHOWN_ERRORS): { lines: string[]; more: number } {
  return {
    lines: errors.slice(0, shown).map(({ path, message }) => `${path}: ${message}`),
    more: Math.max(0, errors.length - shown),
  };
}

/** A textarea's patterns, one a line: blank lines and repeats dropped, the person's order kept. */
export function patternLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}
