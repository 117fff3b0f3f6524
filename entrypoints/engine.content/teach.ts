import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '../../components/i18n';
import { keyName } from '../../components/key-name';
import type { PageState } from '../../components/page/state';
import { request, type Transport } from '../../lib/messaging';
import { pageName, proposePattern, selectorFor, type TaughtChoice } from '../../lib/portals';
import { showToast } from './toast';

const TEACHABLE = 'input, select, textarea';

/** The field the person last right-clicked, for the context menu's "this field is…". */
export interface ContextTarget {
  current: Element | null;
}

/** Remembers the field under a trusted right-click in one document: the menu item names no element. */
export function watchContextMenu(ctx: ContentScriptContext, target: ContextTarget, document: Document): void {
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      if (!event.isTrusted) return;
      const element = event.composedPath()[0];
      target.current = element instanceof Element ? element.closest(TEACHABLE) : null;
    },
    { capture: true },
  );
}

/** Opens the chooser for a field; false when there is no field to ask about. */
export function openTeaching(state: PageState, control: Element | null): boolean {
  if (!control?.isConnected || !control.matches(TEACHABLE)) {
    showToast(state, t('teachNoField'));
    return false;
  }
  const field = state.fields.value.find(
    (known) => known.control === control || known.options?.includes(control as never),
  );
  const label = field?.label || control.getAttribute('placeholder') || control.getAttribute('name') || '';
  state.teach.value = { control: field?.control ?? control, label };
  return true;
}

const savedMessage = (choice: TaughtChoice) =>
  choice.kind === 'key'
    ? t('teachSaved', keyName(choice.key))
    : t(choice.kind === 'ignore' ? 'teachSavedIgnore' : 'teachSavedId');

/**
 * Saves what the person said into the site's definition, in the background, and puts the new
 * definition in force here at once: the page is scanned again, with no reload.
 */
export async function saveTeaching(
  state: PageState,
  send: Transport,
  rescan: () => Promise<void>,
  choice: TaughtChoice,
  pattern: string,
): Promise<string | null> {
  const control = state.teach.value?.control;
  if (!control) return null;
  try {
    const { definition } = await request(send, 'contentToBackground:teachField', {
      definitionId: state.portal.value?.id ?? null,
      selector: selectorFor(control),
      choice,
      pattern: pattern.trim(),
      pageName: pageName(document)?.slice(0, 200) ?? null,
    });
    state.portal.value = definition;
    await rescan();
    showToast(state, savedMessage(choice));
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.startsWith('managed') ? t('teachManaged') : message;
  }
}

export const proposedPattern = () => proposePattern(location.href);
