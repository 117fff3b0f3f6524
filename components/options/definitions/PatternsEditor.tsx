import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { ActionForm } from '../ActionForm';
import { showToast } from '../toast';
import { EditError } from './EditError';
import { EditorButtons } from './EditorButtons';
import { patternLines } from './labels';
import { useEdit } from './use-edit';

/** The URL patterns as text, one a line. The background checks each: a bad one comes back as the error. */
export function PatternsEditor({ view, onDone }: { view: DefinitionView; onDone: () => void }) {
  const { name, match } = view.definition;
  const draft = useSignal(match.urls.join('\n'));
  const edit = useEdit(view, onDone);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  const save = () => {
    const urls = patternLines(draft.value);
    if (urls.length === 0) return edit.refuse(t('definitionsUrlsEmpty'));
    if (urls.join('\n') === match.urls.join('\n')) return onDone();
    return edit.save({ urls }, (saved) => showToast(t('definitionsSaved', saved.definition.name)));
  };

  return (
    <ActionForm class="definition-editor" action={save}>
      <textarea
        ref={area}
        data-testid="definition-patterns-input"
        aria-label={t('definitionsUrlsLabel', name)}
        rows={Math.min(8, Math.max(2, match.urls.length + 1))}
        spellcheck={false}
        value={draft.value}
        disabled={edit.busy.value}
        onInput={(event) => (draft.value = event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      <p class="hint">{t('definitionsUrlsHint')}</p>
      <EditError edit={edit} />
      <EditorButtons busy={edit.busy.value} onCancel={onDone} />
    </ActionForm>
  );
}
