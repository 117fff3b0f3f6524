import { useSignal } from '@preact/signals';
import type { FactView } from '../../lib/messaging';
import { t } from '../i18n';
import { send } from './api';
import { fieldName, formatDate } from './labels';
import { SourceTag } from './SourceTag';
import { refreshConflictCount } from './state';
import { showError, showToast } from './toast';

/** The disagreeing values side by side, each with a button that keeps it and retires the others. */
export function ConflictValues({
  entityId,
  facts,
  onSettled,
}: {
  entityId: string;
  facts: readonly FactView[];
  onSettled: () => void;
}) {
  const busy = useSignal(false);
  const settle = async (fact: FactView) => {
    busy.value = true;
    try {
      const { settled } = await send('optionsToBackground:settleConflict', { entityId, keepFactId: fact.id });
      if (settled) showToast(t('optionsSettled', fieldName(fact.key), fact.value));
      else showToast(t('optionsSettleFailed'), { tone: 'error' });
      void refreshConflictCount();
      onSettled();
    } catch (error) {
      showError(error);
    } finally {
      busy.value = false;
    }
  };
  return (
    <ul class="conflict-values">
      {facts.map((fact) => (
        <li key={fact.id}>
          <span class="value">{fact.value}</span>
          <SourceTag fact={fact} />
          <span class="date">{formatDate(fact.observedAt)}</span>
          <button
            type="button"
            class="btn btn-small"
            data-testid="options-settle"
            data-fact-id={fact.id}
            disabled={busy.value}
            onClick={() => void settle(fact)}
          >
            {t('optionsKeepThis')}
          </button>
        </li>
      ))}
    </ul>
  );
}
