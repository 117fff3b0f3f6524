import type { Signal } from '@preact/signals';
import { t } from '../i18n';
import type { Toast as ToastModel } from './state';

export function Toast({ toast }: { toast: Signal<ToastModel | null> }) {
  const current = toast.value;
  if (!current) return null;
  return (
    <div class="fo-toast" role="status" data-testid="fillonce-toast">
      <span>{current.message}</span>
      {current.action && (
        <button
          type="button"
          class="fo-link"
          data-testid={current.action.testId}
          onClick={() => {
            toast.value = null;
            current.action?.run();
          }}
        >
          {current.action.label}
        </button>
      )}
      <button type="button" class="fo-close" aria-label={t('dismiss')} onClick={() => (toast.value = null)}>
        ×
      </button>
    </div>
  );
}
