import { fieldDefinition } from '../../fields/dictionary';
import { optionLabel } from '../../fields/label';
import { chooseOption, LIST_SEPARATORS } from '../../values';
import type { Widget } from './types';
import { waitFor } from './wait';

/**
 * Radio buttons whose ticked state a framework draws from its own model (Element, Ant Design,
 * iView, Arco, TDesign, Naive, Vant): unticking the input would leave the model, and what the
 * page submits, as it was while the screen shows nothing chosen. They are never unticked.
 */
const MODEL_DRAWN_RADIOS =
  '.el-radio, .ant-radio-wrapper, .ivu-radio-wrapper, .arco-radio, .t-radio, .n-radio, .van-radio';

/** Styled stand-ins libraries draw in place of a hidden radio or checkbox (layui). */
const PROXIES = '.layui-form-radio, .layui-form-checkbox';

/** What a person sees and clicks for an option: the library's stand-in, its label, or the box itself. */
export function visibleOptionBox(option: HTMLInputElement): Element {
  const next = option.nextElementSibling;
  if (next?.matches(PROXIES)) return next;
  return option.closest('label') ?? option;
}

function labelOf(option: HTMLInputElement): string {
  const next = option.nextElementSibling;
  if (next?.matches(PROXIES)) return (next.textContent ?? '').trim() || option.title;
  return optionLabel(option).trim() || option.title;
}

function toggle(option: HTMLInputElement): void {
  const box = visibleOptionBox(option);
  // A stand-in is clicked where a person clicks; otherwise the input itself, which a label would forward to.
  (box.matches(PROXIES) ? (box as HTMLElement) : option).click();
}

/** The options meaning each part of `value`, or null when any part names no option. */
function wantedOptions(options: readonly HTMLInputElement[], key: string, value: string): Set<number> | null {
  const choices = options.map((option) => ({ value: option.value, text: labelOf(option) }));
  const codes = fieldDefinition(key)?.codes;
  const isCheckbox = options[0]?.type === 'checkbox';
  const parts = isCheckbox ? value.split(LIST_SEPARATORS).map((part) => part.trim()) : [value];
  const indexes = parts.filter((part) => part !== '').map((part) => chooseOption(choices, part, codes));
  if (indexes.length === 0 || indexes.some((index) => index < 0)) return null;
  if (!isCheckbox && indexes.length > 1) return null;
  return new Set(indexes);
}

/**
 * A radio or checkbox group, answered the way a person does: by clicking the options that
 * mean the value (男 for 1 or 男性; 因病、因学 ticks two boxes and unticks the rest), so the
 * page's own handlers and framework hear each choice. '' clears the group, for undo.
 */
export function choiceWidget(options: readonly HTMLInputElement[]): Widget {
  return {
    kind: 'choice',
    boxes: options.map(visibleOptionBox),
    disabled: () => options.some((option) => option.disabled),
    read: () =>
      options
        .filter((option) => option.checked)
        .map(labelOf)
        .join('、'),
    async write(value, key, context) {
      const wanted = value === '' ? new Set<number>() : wantedOptions(options, key, value);
      if (!wanted) return false;
      const toToggle = options.filter(
        (option, index) => option.checked !== wanted.has(index) && (option.type === 'checkbox' || wanted.has(index)),
      );
      for (const [position, option] of toToggle.entries()) {
        // Vue batches a group's state until its microtask: a second click before it would undo the first.
        if (position > 0) await context.settle();
        toggle(option);
      }
      // A radio group cannot be cleared by clicking, so undo unticks a plain one directly.
      const stale = options.filter((candidate, index) => candidate.checked && !wanted.has(index));
      if (stale.some((option) => option.closest(MODEL_DRAWN_RADIOS))) return false;
      for (const option of stale) {
        option.checked = false;
        option.dispatchEvent(new Event('input', { bubbles: true }));
        option.dispatchEvent(new Event('change', { bubbles: true }));
      }
      // Element UI ticks the input only when Vue re-renders, a microtask after the click.
      await context.settle();
      const done = () => options.every((option, index) => option.checked === wanted.has(index));
      return (await waitFor(done, context, 200)) === true;
    },
  };
}
