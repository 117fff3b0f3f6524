import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { ActionForm } from '../ActionForm';
import { showToast } from '../toast';
import { EditError } from './EditError';
import { EditorButtons } from './EditorButtons';
import { useEdit } from './use-edit';

export function NameEditor({ view, onDone }: { view: DefinitionView; onDone: () => void }) {
  const draft = useSignal(view.definition.name);
  const edit = useEdit(view, onDone);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  const save = () => {
    const name = draft.value.trim();
    if (!name) return edit.refuse(t('definitionsNameEmpty'));
    if (name === view.definition.name) return onDone();
    return edit.save({ name }, (saved) => showToast(t('definitionsSaved', saved.definition.name)));
  };

  return (
    <ActionForm class="definition-editor" action={save}>
      <div class="editor-line">
        <input
          ref={input}
          data-testid="definition-name-input"
          aria-label={t('definitionsColName')}
          maxLength={200}
          value={draft.value}
          disabled={edit.busy.value}
          onInput={(event) => (draft.value = event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone();
          }}
        />
      </div>
      <EditError edit={edit} />
      <EditorButtons busy={edit.busy.value} onCancel={onDone} />
    </ActionForm>
  );
}
