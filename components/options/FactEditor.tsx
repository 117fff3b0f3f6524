import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { FactView } from '../../lib/messaging';
import { t } from '../i18n';
import { ActionForm } from './ActionForm';
import { send } from './api';
import { fieldName } from './labels';
import { showError, showToast } from './toast';

const REFUSALS = {
  'invalid-value': 'optionsEditInvalid',
  'duplicate-identifier': 'optionsEditDuplicate',
} as const;

/** The background's refusal, said in the person's language; any other error as it came. */
function refusalText(error: unknown, key: string): unknown {
  const refusal = /edit refused: ([a-z-]+)/.exec(error instanceof Error ? error.message : '')?.[1];
  const message = refusal && REFUSALS[refusal as keyof typeof REFUSALS];
  return message ? new Error(t(message, fieldName(key))) : error;
}

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
  // A masked number is no value to start from: the person types the whole new one.
  const draft = useSignal(fact.masked ? '' : fact.value);
  const busy = useSignal(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  const save = async () => {
    const value = draft.value.trim();
    if (!value || (!fact.masked && value === fact.value)) return onDone(false);
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
      showError(refusalText(error, fact.key));
      busy.value = false;
    }
  };

  return (
    <ActionForm class="fact-editor" action={save}>
      <input
        ref={input}
        data-testid="options-fact-input"
        aria-label={fieldName(fact.key)}
        placeholder={fact.masked ? t('optionsFactRetype', fact.value) : undefined}
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
