import type { PageState, Toast } from '../../components/page/state';

const TOAST_MS = 8000;
let nextToastId = 1;

/** Shows one toast at a time; a newer one replaces the older. */
export function showToast(state: PageState, message: string, action?: Toast['action']): void {
  const id = nextToastId++;
  state.toast.value = { id, message, action };
  setTimeout(() => {
    if (state.toast.value?.id === id) state.toast.value = null;
  }, TOAST_MS);
}
