import { useSignal } from '@preact/signals';
import { t } from '../i18n';
import { ActionForm } from './ActionForm';
import { errorText, send } from './api';
import { forgetRecords } from './state';

/** The one irreversible action, behind a typed word. */
export function WipeRecords() {
  const typed = useSignal('');
  const busy = useSignal(false);
  const status = useSignal<{ ok: boolean; text: string } | null>(null);
  const word = t('optionsWipeWord');
  const armed = typed.value.trim() === word;

  const wipe = async () => {
    if (!armed) return;
    busy.value = true;
    try {
      const { wiped } = await send('optionsToBackground:wipe', {});
      status.value = wiped ? { ok: true, text: t('optionsWiped') } : { ok: false, text: t('optionsWipeNotDone') };
      if (wiped) forgetRecords();
      typed.value = '';
    } catch (error) {
      status.value = { ok: false, text: t('optionsWipeFailed', errorText(error)) };
    } finally {
      busy.value = false;
    }
  };

  return (
    <ActionForm class="card card-danger" action={wipe}>
      <h2>{t('optionsWipeTitle')}</h2>
      <p class="hint">{t('optionsWipeHint')}</p>
      <div class="field-inline">
        <label class="field">
          <span>{t('optionsWipeTypeWord', word)}</span>
          <input
            data-testid="options-wipe-confirm"
            autoComplete="off"
            value={typed.value}
            onInput={(event) => (typed.value = event.currentTarget.value)}
          />
        </label>
        <button
          type="submit"
          class="btn btn-danger btn-danger-solid"
          data-testid="options-wipe"
          disabled={!armed || busy.value}
        >
          {t('optionsWipe')}
        </button>
      </div>
      {status.value && (
        <p class={status.value.ok ? 'alert alert-ok' : 'alert alert-error'} data-testid="options-wipe-result">
          {status.value.text}
        </p>
      )}
    </ActionForm>
  );
}
