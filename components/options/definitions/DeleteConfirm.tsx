import { useSignal } from '@preact/signals';
import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { send } from '../api';
import { showError, showToast } from '../toast';
import { loadDefinitions } from './state';

/** The second step of a delete. The list is read again after: a built-in of the same id may show again. */
export function DeleteConfirm({ view, onDone }: { view: DefinitionView; onDone: () => void }) {
  const busy = useSignal(false);
  const { id, name } = view.definition;
  const remove = async () => {
    busy.value = true;
    try {
      const { deleted } = await send('optionsToBackground:deleteDefinition', { id });
      if (deleted) showToast(t('definitionsDeleted', name));
      else showToast(t('definitionsDeleteFailed'), { tone: 'error' });
      onDone();
      await loadDefinitions();
    } catch (error) {
      showError(error);
      busy.value = false;
    }
  };
  return (
    <div class="delete-confirm">
      <span>
        {t('definitionsDeleteAsk', name)}
        {view.hides === 'builtin' && ` ${t('definitionsDeleteBringsBack')}`}
      </span>
      <button
        type="button"
        class="btn btn-small btn-danger btn-danger-solid"
        data-testid="definition-delete-confirm"
        disabled={busy.value}
        onClick={() => void remove()}
      >
        {t('definitionsDeleteConfirm')}
      </button>
      <button type="button" class="btn btn-small" disabled={busy.value} onClick={onDone}>
        {t('optionsCancel')}
      </button>
    </div>
  );
}
