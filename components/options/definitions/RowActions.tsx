import type { Signal } from '@preact/signals';
import type { DefinitionView } from '../../../lib/messaging';
import { type MessageKey, t } from '../../i18n';
import { DeleteConfirm } from './DeleteConfirm';

export type RowMode = 'name' | 'patterns' | 'delete' | null;

const EDITORS = [
  ['name', 'definition-rename', 'definitionsRename'],
  ['patterns', 'definition-patterns', 'definitionsEditUrls'],
] as const satisfies ReadonlyArray<readonly [RowMode, string, MessageKey]>;

/** Rename, edit patterns, delete. A managed definition shows them switched off; a built-in one has no delete. */
export function RowActions({ view, mode }: { view: DefinitionView; mode: Signal<RowMode> }) {
  if (mode.value === 'delete') return <DeleteConfirm view={view} onDone={() => (mode.value = null)} />;
  const managed = view.source === 'managed';
  const open = (next: RowMode) => () => {
    mode.value = mode.value === next ? null : next;
  };
  return (
    <div class="row-actions">
      {EDITORS.map(([editor, testId, label]) => (
        <button
          key={editor}
          type="button"
          class="btn btn-small"
          data-testid={testId}
          disabled={managed}
          aria-pressed={mode.value === editor}
          onClick={open(editor)}
        >
          {t(label)}
        </button>
      ))}
      {view.source !== 'builtin' && (
        <button
          type="button"
          class="btn btn-small btn-danger"
          data-testid="definition-delete"
          disabled={managed}
          onClick={open('delete')}
        >
          {t('optionsDelete')}
        </button>
      )}
    </div>
  );
}
