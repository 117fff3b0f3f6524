import { useSignal } from '@preact/signals';
import { t } from '../i18n';
import { ActionForm } from './ActionForm';
import { errorText, send } from './api';
import { downloadText } from './download';

export function ExportBackup() {
  const passphrase = useSignal('');
  const confirmation = useSignal('');
  const busy = useSignal(false);
  const status = useSignal<{ ok: boolean; text: string } | null>(null);
  const mismatch = passphrase.value !== '' && confirmation.value !== passphrase.value;

  const exportNow = async () => {
    if (mismatch) return;
    busy.value = true;
    status.value = null;
    try {
      const encrypted = passphrase.value !== '';
      const { fileName, content } = await send(
        'optionsToBackground:exportBackup',
        encrypted ? { passphrase: passphrase.value } : {},
      );
      downloadText(fileName, content);
      status.value = {
        ok: true,
        text: t(encrypted ? 'optionsExportedEncrypted' : 'optionsExportedPlain', fileName),
      };
    } catch (error) {
      status.value = { ok: false, text: t('optionsExportFailed', errorText(error)) };
    } finally {
      busy.value = false;
    }
  };

  return (
    <ActionForm class="card" action={exportNow}>
      <h2>{t('optionsExportTitle')}</h2>
      <p class="hint">{t('optionsExportHint')}</p>
      <label class="field">
        <span>{t('optionsPassphraseOptional')}</span>
        <input
          type="password"
          autoComplete="new-password"
          data-testid="options-backup-passphrase"
          maxLength={1000}
          value={passphrase.value}
          onInput={(event) => (passphrase.value = event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('optionsPassphraseConfirm')}</span>
        <input
          type="password"
          autoComplete="new-password"
          data-testid="options-backup-passphrase-confirm"
          maxLength={1000}
          disabled={passphrase.value === ''}
          value={confirmation.value}
          onInput={(event) => (confirmation.value = event.currentTarget.value)}
        />
      </label>
      {mismatch && confirmation.value !== '' && <p class="field-error">{t('optionsPassphraseMismatch')}</p>}
      {passphrase.value === '' && <p class="alert alert-warn">{t('optionsExportUnencryptedWarning')}</p>}
      <div class="actions">
        <button
          type="submit"
          class="btn btn-primary"
          data-testid="options-backup-export"
          disabled={busy.value || mismatch}
        >
          {t('optionsExport')}
        </button>
      </div>
      {status.value && (
        <p class={status.value.ok ? 'alert alert-ok' : 'alert alert-error'} data-testid="options-backup-status">
          {status.value.text}
        </p>
      )}
    </ActionForm>
  );
}
