import { hover, pressAndClick } from './events';
import type { SelectParts } from './library';
import type { DriveContext } from './types';
import { isShown, waitFor } from './wait';

type Parts = Pick<SelectParts, 'clearer' | 'shown' | 'opener'>;

/**
 * Empties a widget through its clear button, which most libraries show on hover. A widget
 * without one cannot be emptied by a person either, so undo reports it as not restored.
 */
export async function clearWidget(parts: Parts, root: Element, context: DriveContext): Promise<boolean> {
  if (parts.shown(root) === '') return true;
  if (!parts.clearer) return false;
  // Element UI shows its clear icon only when the mouse enters the inner box itself.
  hover(root);
  const opener = parts.opener(root);
  if (opener && opener !== root) hover(opener);
  const clearer = await waitFor(
    () => {
      const found = parts.clearer?.(root);
      return found && isShown(found) ? found : null;
    },
    context,
    300,
  );
  if (!clearer) return false;
  pressAndClick(clearer);
  return (await waitFor(() => parts.shown(root) === '', context, 1000)) === true;
}
