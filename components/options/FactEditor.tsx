import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { FactView } from '../../lib/messaging';
import { t } from '../i18n';
import { ActionForm } from './ActionForm';
import { send } from './api';
import { fieldName } from './labels';
import { showError, showToast } from './toast';

/** Replaces a current value by hand: the edit is recorded as a manual observation. */
export function FactEditor({
  entityId,
  fact,
  onDone,
}: {
  entityId: string;
  fact: FactView;
  onDone: (saved: boolean) => void;
}) {
  const draft = useSignal(fact.value);
  const busy = useSignal(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  const save = async () => {
    const value = draft.value.trim();
    if (!value || value === fact.value) return onDone(false);
    busy.value = true;
    try {
      await send('optionsToBackground:editFact', {
        entityId,
        key: fact.key,
        value,
        ...(fact.period !== undefined && { period: fact.period }),
      });
      showToast(t('optionsFactSaved', fieldName(fact.key)));
      onDone(true);
    } catch (error) {
      showError(error);
      busy.value = false;
    }
  };

  return (
    <ActionForm class="fact-editor" action={save}>
      <input
        ref={input}
        data-testid="options-fact-input"
        aria-label={fieldName(fact.key)}
        maxLength={2000}
        value={draft.value}
        disabled={busy.value}
        onInput={(event) => (draft.value = event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone(false);
        }}
      />
      <button type="submit" class="btn btn-primary btn-small" data-testid="options-fact-save" disabled={busy.value}>
        {t('optionsSave')}
      </button>
      <button type="button" class="btn btn-small" onClick={() => onDone(false)}>
        {t('optionsCancel')}
      </button>
    </ActionForm>
  );
}
