import type { FormControl } from '../../fields/controls';
import { fieldDefinition } from '../../fields/dictionary';
import { chooseOption, isPlaceholderOption } from '../../values';
import { clearWidget } from './clear';
import { choose, close, open } from './drive';
import type { SelectParts } from './library';
import type { DriveContext, Widget } from './types';
import { isDisplayed, isShown, waitFor } from './wait';

/** A virtual list renders a screenful of options; scrolling is how a person reaches the rest. */
const MAX_SCROLLS = 40;

/** An option as a native select's would be: its code where the library shows it, else its label. */
function choiceOf(parts: SelectParts, option: Element): { value: string; text: string } {
  const text = parts.optionLabel(option);
  return { value: parts.optionValue?.(option) ?? text, text };
}

function findIn(parts: SelectParts, dropdown: Element, value: string, key: string): Element | null {
  const options = parts.options(dropdown).filter(isShown);
  const choices = options.map((option) => choiceOf(parts, option));
  return options[chooseOption(choices, value, fieldDefinition(key)?.codes)] ?? null;
}

/** Looks for the option, scrolling a virtual list from the top one screen at a time. */
async function findOption(
  parts: SelectParts,
  dropdown: Element,
  value: string,
  key: string,
  context: DriveContext,
): Promise<Element | null> {
  // The list fills a frame after the dropdown shows, and a virtual one then scrolls to the current value.
  await waitFor(() => parts.options(dropdown).some(isShown), context);
  const scroller = parts.scroller?.(dropdown) ?? null;
  if (scroller) await context.wait(48);
  if (scroller && scroller.scrollTop !== 0) {
    scroller.scrollTop = 0;
    await context.wait(32);
  }
  for (let scrolls = 0; scrolls <= MAX_SCROLLS; scrolls++) {
    const found = findIn(parts, dropdown, value, key);
    if (found || !scroller) return found;
    const before = scroller.scrollTop;
    scroller.scrollTop = before + Math.max(scroller.clientHeight * 0.8, 32);
    if (scroller.scrollTop === before) return null;
    // The list re-renders on its scroll event, a frame or two later.
    await context.wait(32);
  }
  return null;
}

/**
 * Empties the select: through its clear button, or by choosing its 请选择 entry, as a
 * layui select offers. A select with neither cannot be emptied, by a person or by undo.
 */
async function clearSelect(parts: SelectParts, current: () => Element, context: DriveContext): Promise<boolean> {
  const root = current();
  if (await clearWidget(parts, root, context)) return true;
  const dropdown = await open(parts, root, () => parts.dropdown(root), context);
  const prompt = dropdown
    ? parts.options(dropdown).find((option) => isPlaceholderOption(choiceOf(parts, option)))
    : undefined;
  if (!prompt) {
    if (dropdown) await close(parts, root, () => parts.dropdown(root), context);
    return false;
  }
  choose(prompt);
  return (await waitFor(() => parts.shown(current()) === '', context, 1000)) === true;
}

/**
 * A component library's select (el-select, a-select, layui's select): opened, then an option
 * clicked. layui draws every select afresh when one changes, so the widget is found again
 * from its control whenever the one it had has left the page.
 */
export function customSelectWidget(parts: SelectParts, control: Element, first: Element): Widget {
  let root = first;
  const current = () => {
    if (!root.isConnected) root = parts.rootOf(control as FormControl) ?? root;
    return root;
  };
  return {
    kind: 'custom-select',
    get boxes() {
      return [current()];
    },
    disabled: () => parts.disabled(current()),
    read: () => parts.shown(current()),
    async write(value, key, context) {
      if (value === '') return clearSelect(parts, current, context);
      const root = current();
      const dropdown = await open(parts, root, () => parts.dropdown(root), context);
      if (!dropdown) return false;
      const option = await findOption(parts, dropdown, value, key, context);
      if (!option) {
        await close(parts, root, () => parts.dropdown(root), context);
        return false;
      }
      const label = parts.optionLabel(option);
      option.scrollIntoView?.({ block: 'nearest' });
      choose(option);
      const taken = (await waitFor(() => parts.shown(current()) === label, context, 1000)) === true;
      // A dropdown fading out would cover the next field.
      await waitFor(() => !isDisplayed(dropdown) || !isShown(dropdown), context, 600);
      return taken;
    },
  };
}
