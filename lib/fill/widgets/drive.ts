import { pressAndClick, pressKey, pressOnly } from './events';
import type { SelectParts } from './library';
import type { DriveContext } from './types';
import { isShown, waitFor } from './wait';

type Parts = Pick<SelectParts, 'opener' | 'openBy'>;

/** Opens the widget as a click on it does, and waits for what `find` looks for to show. */
export async function open<T extends Element>(
  parts: Parts,
  root: Element,
  find: () => T | null,
  context: DriveContext,
): Promise<T | null> {
  const shown = () => {
    const found = find();
    return found && isShown(found) ? found : null;
  };
  if (shown()) return shown();
  const opener = parts.opener(root);
  if (!opener) return null;
  if (parts.openBy === 'press') pressOnly(opener);
  else pressAndClick(opener);
  return waitFor(shown, context);
}

/** Closes it again without choosing, as Escape does, so a failed fill leaves nothing open. */
export async function close(parts: Parts, root: Element, find: () => Element | null, context: DriveContext) {
  const opener = parts.opener(root);
  const target = opener?.querySelector('input') ?? opener ?? root;
  pressKey(target, 'Escape');
  const closed = await waitFor(() => !find() || !isShown(find() as Element), context, 300);
  if (!closed && opener) pressAndClick(opener.ownerDocument.body);
}

/** Takes an option or a cascader node with a full click, the one event every library acts on. */
export function choose(option: Element): void {
  pressAndClick(option);
}
