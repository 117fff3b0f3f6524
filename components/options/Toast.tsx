import { t } from '../i18n';
import { dismissToast, toast } from './toast';

export function Toast() {
  const current = toast.value;
  if (!current) return null;
  return (
    <div class={`toast toast-${current.tone}`} role="status" aria-live="polite" data-testid="options-toast">
      <span>{current.text}</span>
      {current.action && (
        <button
          type="button"
          class="toast-action"
          data-testid={current.action.testId}
          onClick={() => {
            const { run } = current.action ?? {};
            dismissToast();
            run?.();
          }}
        >
          {current.action.label}
        </button>
      )}
      <button type="button" class="toast-close" aria-label={t('dismiss')} onClick={dismissToast}>
        ×
      </button>
    </div>
  );
}
