import { t } from '../../i18n';

/** Save and cancel under a row's open editor. */
export function EditorButtons({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  return (
    <div class="editor-line">
      <button type="submit" class="btn btn-primary btn-small" data-testid="definition-save" disabled={busy}>
        {t('optionsSave')}
      </button>
      <button type="button" class="btn btn-small" data-testid="definition-cancel" onClick={onCancel}>
        {t('optionsCancel')}
      </button>
    </div>
  );
}
