import { useSignal } from '@preact/signals';
import type { RestoreResult } from '../../lib/messaging';
import { t } from '../i18n';
import { ActionForm } from './ActionForm';
import { errorText, send } from './api';
import { countLabel, restoreErrorText } from './restore-errors';
import { forgetRecords } from './state';

type Outcome = RestoreResult | { restored: false; failure: string };

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (outcome.restored) {
    return (
      <div class="alert alert-ok" data-testid="options-restore-result" data-restored="true">
        <p>{t('optionsRestoreDone')}</p>
        <ul class="counts">
          {Object.entries(outcome.counts).map(([store, count]) => (
            <li key={store}>
              {countLabel(store)} <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { headline, detail } =
    'failure' in outcome
      ? { headline: t('optionsRestoreOtherError', outcome.failure), detail: '' }
      : restoreErrorText(outcome.error);
  return (
    <div class="alert alert-error" role="alert" data-testid="options-restore-result" data-restored="false">
      <p>
        <strong>{headline}</strong>
        {!('failure' in outcome) && ` ${t('optionsRestoreUnchanged')}`}
      </p>
      {detail && <p class="detail">{detail}</p>}
    </div>
  );
}

export function RestoreBackup() {
  const file = useSignal<File | null>(null);
  const passphrase = useSignal('');
  const busy = useSignal(false);
  const outcome = useSignal<Outcome | null>(null);

  const restore = async () => {
    if (!file.value) return;
    busy.value = true;
    outcome.value = null;
    try {
      const content = await file.value.text();
      const result = await send(
        'optionsToBackground:restoreBackup',
        passphrase.value ? { content, passphrase: passphrase.value } : { content },
      );
      outcome.value = result;
      if (result.restored) forgetRecords();
    } catch (error) {
      outcome.value = { restored: false, failure: errorText(error) };
    } finally {
      busy.value = false;
    }
  };

  return (
    <ActionForm class="card" action={restore}>
      <h2>{t('optionsRestoreTitle')}</h2>
      <p class="hint">{t('optionsRestoreHint')}</p>
      <label class="field">
        <span>{t('optionsRestoreFile')}</span>
        <input
          type="file"
          data-testid="options-restore-file"
          onChange={(event) => {
            file.value = event.currentTarget.files?.[0] ?? null;
            outcome.value = null;
          }}
        />
      </label>
      <label class="field">
        <span>{t('optionsRestorePassphrase')}</span>
        <input
          type="password"
          autoComplete="current-password"
          data-testid="options-restore-passphrase"
          maxLength={1000}
          value={passphrase.value}
          onInput={(event) => (passphrase.value = event.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button
          type="submit"
          class="btn btn-primary"
          data-testid="options-restore"
          disabled={busy.value || !file.value}
        >
          {busy.value ? t('optionsRestoring') : t('optionsRestore')}
        </button>
      </div>
      {outcome.value && <OutcomeView outcome={outcome.value} />}
    </ActionForm>
  );
}
