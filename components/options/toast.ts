import { signal } from '@preact/signals';
import { t } from '../i18n';
import { errorText } from './api';

export interface ToastState {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; testId: string; run: () => void };
}

export const toast = signal<ToastState | null>(null);

let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;

/** One toast at a time; a newer one replaces the older, each with its own lifetime. */
export function showToast(
  text: string,
  options: { tone?: ToastState['tone']; action?: ToastState['action']; ms?: number } = {},
): void {
  clearTimeout(timer);
  const id = nextId++;
  toast.value = { id, text, tone: options.tone ?? 'info', ...(options.action && { action: options.action }) };
  timer = setTimeout(() => {
    if (toast.value?.id === id) toast.value = null;
  }, options.ms ?? 4000);
}

export function showError(error: unknown): void {
  showToast(t('optionsError', errorText(error)), { tone: 'error', ms: 8000 });
}

export function dismissToast(): void {
  clearTimeout(timer);
  toast.value = null;
}
