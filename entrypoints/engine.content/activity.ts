import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '../../components/page/state';
import type { FormControl } from '../../lib/fields';
import type { Transport } from '../../lib/messaging';
import { lookupIdNumber } from './person';

/** What the person did on this page: which fields they typed into, and when they began. */
export interface Activity {
  typed: Set<FormControl>;
  firstFocusAt: number | null;
}

function fieldOf(state: PageState, target: EventTarget | null) {
  return state.fields.value.find((field) => field.control === target);
}

/**
 * Follows the person's own typing. Only trusted events count: a page script that types
 * an ID number must not learn whether, and where, that person was reported before.
 */
export function createActivity(): Activity {
  return { typed: new Set(), firstFocusAt: null };
}

/** Listens in one document: the page's, or a same-origin frame's. */
export function watchActivity(
  ctx: ContentScriptContext,
  state: PageState,
  send: Transport,
  activity: Activity,
  document: Document,
): void {
  const onInput = (event: Event) => {
    const field = fieldOf(state, event.target);
    if (!field || !event.isTrusted) return;
    activity.typed.add(field.control);
    if (field.key === 'id-number') void lookupIdNumber(state, send, field.control.value, field.entity);
  };
  ctx.addEventListener(document, 'input', onInput, { capture: true });
  ctx.addEventListener(document, 'change', onInput, { capture: true });
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      if (activity.firstFocusAt === null && event.isTrusted && fieldOf(state, event.target)) {
        activity.firstFocusAt = Date.now();
      }
    },
    { capture: true },
  );
}
