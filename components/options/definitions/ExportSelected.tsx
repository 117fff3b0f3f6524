import { useSignal } from '@preact/signals';
import { t } from '../../i18n';
import { send } from '../api';
import { downloadText } from '../download';
import { showError, showToast } from '../toast';
import { selectedInOrder } from './state';

/** The ticked definitions as one pack file, for a colleague's FillOnce to import. */
export function ExportSelected() {
  const busy = useSignal(false);
  const ids = selectedInOrder();
  const exportNow = async () => {
    busy.value = true;
    try {
      const { fileName, content } = await send('optionsToBackground:exportDefinitions', { ids });
      downloadText(fileName, content);
      showToast(t('definitionsExported', ids.length, fileName));
    } catch (error) {
      showError(error);
    } finally {
      busy.value = false;
    }
  };
  return (
    <div class="toolbar">
      <button
        type="button"
        class="btn"
        data-testid="definitions-export"
        disabled={busy.value || ids.length === 0}
        onClick={() => void exportNow()}
      >
        {t('definitionsExportSelected', ids.length)}
      </button>
      <span class="hint">{t('definitionsExportHint')}</span>
    </div>
  );
}
