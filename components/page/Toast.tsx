import type { Signal } from '@preact/signals';
import { t } from '../i18n';
import type { Toast as ToastModel } from './state';

export function Toast({ toast }: { toast: Signal<ToastModel | null> }) {
  const current = toast.value;
  if (!current) return null;
  return (
    <div class="fo-toast" role="status" data-testid="fillonce-toast">
      <span>{current.message}</span>
      {current.actions.map((action) => (
        <button
          key={action.testId}
          type="button"
          class="fo-link"
          data-testid={action.testId}
          onClick={(event) => {
            // A click the page forged must not save or undo anything.
            if (!event.isTrusted) return;
            toast.value = null;
            action.run(event);
          }}
        >
          {action.label}
        </button>
      ))}
      <button type="button" class="fo-close" aria-label={t('dismiss')} onClick={() => (toast.value = null)}>
        ×
      </button>
    </div>
  );
}
