import type { PageState, ToastAction } from '../../components/page/state';

const TOAST_MS = 8000;
/** A question waits longer than a notice: the person may be reading the page. */
const QUESTION_MS = 60_000;
let nextToastId = 1;

/** Shows one toast at a time; a newer one replaces the older. */
export function showToast(state: PageState, message: string, ...actions: ToastAction[]): void {
  const id = nextToastId++;
  state.toast.value = { id, message, actions };
  const asks = actions.length > 1;
  setTimeout(
    () => {
      if (state.toast.value?.id === id) state.toast.value = null;
    },
    asks ? QUESTION_MS : TOAST_MS,
  );
}
