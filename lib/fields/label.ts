/**
 * Finds the text a person reads as a control's label. Strategies run in order of how
 * explicitly the page ties the text to the control; the first non-empty one wins.
 */

import { isChoiceOption } from './controls';
import { isShortLabel, textOf } from './dom-text';
import { columnHeader, previousCellLabel, type SectionCache } from './tables';

export interface LabelContext {
  /** label[for] by id, gathered once per scan rather than queried per control. */
  readonly labelsFor: ReadonlyMap<string, Element>;
  readonly sections: SectionCache;
  /** The first option of each radio or checkbox group, by type and name. */
  readonly groupLeaders: ReadonlyMap<string, HTMLInputElement>;
  readonly groupSizes: ReadonlyMap<string, number>;
}

const groupKey = (input: HTMLInputElement) => `${input.type}:${input.name}`;

export function createLabelContext(root: ParentNode): LabelContext {
  const labelsFor = new Map<string, Element>();
  for (const label of root.querySelectorAll('label[for]')) {
    const id = label.getAttribute('for');
    if (id && !labelsFor.has(id)) labelsFor.set(id, label);
  }
  const groupLeaders = new Map<string, HTMLInputElement>();
  const groupSizes = new Map<string, number>();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type=radio][name], input[type=checkbox][name]')) {
    const key = groupKey(input);
    if (!groupLeaders.has(key)) groupLeaders.set(key, input);
    groupSizes.set(key, (groupSizes.get(key) ?? 0) + 1);
  }
  return { labelsFor, sections: new Map(), groupLeaders, groupSizes };
}

type LabelStrategy = (control: Element, context: LabelContext) => string | null;

const CONTROLS = 'input, select, textarea, button';

const FORM_ITEM_LABELS: ReadonlyArray<readonly [item: string, label: string]> = [
  ['.el-form-item', '.el-form-item__label'], // Element UI and Element Plus
  ['.ant-form-item', '.ant-form-item-label'], // Ant Design, React and Vue
  ['.layui-form-item', '.layui-form-label'],
  ['.arco-form-item', '.arco-form-item-label-col'],
  ['.t-form__item', '.t-form__label'], // TDesign
  ['.n-form-item', '.n-form-item-label'], // Naive UI
  ['.van-field', '.van-field__label'], // Vant, on mobile portals
];

/** A label's text as a person reads it: without the options or contents of controls inside it. */
function labelText(label: Element | null | undefined): string | null {
  if (!label) return null;
  if (!label.querySelector(CONTROLS)) return textOf(label);
  const copy = label.cloneNode(true) as Element;
  for (const inner of copy.querySelectorAll(`${CONTROLS}, datalist, option`)) inner.remove();
  return textOf(copy);
}

const byAriaLabelledBy: LabelStrategy = (control) => {
  const ids = control.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean);
  if (!ids?.length) return null;
  const document = control.ownerDocument;
  const parts = ids.map((id) => textOf(document.getElementById(id))).filter(Boolean);
  return parts.length ? parts.join(' ') : null;
};

const byLabelFor: LabelStrategy = (control, context) =>
  control.id ? labelText(context.labelsFor.get(control.id)) : null;

const byWrappingLabel: LabelStrategy = (control) => labelText(control.parentElement?.closest('label'));

const byAriaLabel: LabelStrategy = (control) => control.getAttribute('aria-label')?.trim() || null;

/**
 * The form item's label nearest the control: an item may hold several inline fields
 * (layui-inline), each with its label just before the block that holds its control.
 */
const ANY_FORM_ITEM = FORM_ITEM_LABELS.map(([item]) => item).join(', ');

const byFormItem: LabelStrategy = (control) => {
  const nearest = control.closest(ANY_FORM_ITEM);
  if (!nearest) return null;
  for (const [itemSelector, labelSelector] of FORM_ITEM_LABELS) {
    if (!nearest.matches(itemSelector)) continue;
    const item = nearest;
    for (let node: Element | null = control; node && node !== item.parentElement; node = node.parentElement) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.matches(labelSelector)) return labelText(sibling);
      }
    }
    const found = labelText(item.querySelector(labelSelector));
    if (found) return found;
  }
  return null;
};

/** Element UI names every group "checkbox-group" or "radio-group": the component, not the field. */
const COMPONENT_NAME = /^(?:checkbox|radio)[-_ ]?group$/i;

const byGroupRole: LabelStrategy = (control) => {
  const group = control.closest('[role=radiogroup], [role=group]');
  if (!group) return null;
  const label = byAriaLabelledBy(group, EMPTY_CONTEXT) ?? byAriaLabel(group, EMPTY_CONTEXT);
  return label && !COMPONENT_NAME.test(label) ? label : null;
};

const byLegend: LabelStrategy = (control) => textOf(control.closest('fieldset')?.querySelector(':scope > legend'));

const byTable: LabelStrategy = (control, context) =>
  previousCellLabel(control) ?? columnHeader(control, context.sections);

/** Text just before the control, as in `<span>First name</span><input>`, up to a few levels out. */
const byPrecedingText: LabelStrategy = (control) => {
  let node: Node | null = control;
  for (let depth = 0; depth < 3 && node; depth++) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType !== 1 && sibling.nodeType !== 3) continue;
      if (
        sibling.nodeType === 1 &&
        ((sibling as Element).matches(CONTROLS) || (sibling as Element).querySelector(CONTROLS))
      ) {
        return null;
      }
      const text = sibling.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return isShortLabel(text) ? text : null;
    }
    node = node.parentNode;
    if (!node || (node as Element).matches?.('form, body, table, tr, fieldset')) return null;
  }
  return null;
};

const STRATEGIES: readonly LabelStrategy[] = [
  byAriaLabelledBy,
  byLabelFor,
  byWrappingLabel,
  byAriaLabel,
  byFormItem,
  byTable,
  byPrecedingText,
];

/** A choice's field label belongs to the group, not to one option (男 is not a label). */
const GROUP_STRATEGIES: readonly LabelStrategy[] = [byGroupRole, byFormItem, byTable, byLegend, byPrecedingText];

const EMPTY_CONTEXT: LabelContext = {
  labelsFor: new Map(),
  sections: new Map(),
  groupLeaders: new Map(),
  groupSizes: new Map(),
};

/** The group a radio button or checkbox belongs to, led by its first option; null if alone. */
function groupLeader(control: Element, context: LabelContext): HTMLInputElement | null {
  if (!isChoiceOption(control)) return null;
  const key = groupKey(control);
  const named = control.name ? context.groupLeaders.get(key) : undefined;
  if (control.type === 'radio') return named ?? control;
  // A lone checkbox ("I agree") is labelled by its own text; one of several is an option.
  const several = (context.groupSizes.get(key) ?? 0) > 1 || hasSiblingOptions(control);
  return several ? (named ?? control) : null;
}

function hasSiblingOptions(control: HTMLInputElement): boolean {
  let node = control.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (node.querySelectorAll(`input[type=${control.type}]`).length > 1) return true;
  }
  return false;
}

/** The label a person reads for the control, or '' when the page gives none. */
export function extractLabel(control: Element, context: LabelContext): string {
  const leader = groupLeader(control, context);
  const [target, strategies] = leader ? [leader, GROUP_STRATEGIES] : [control, STRATEGIES];
  for (const strategy of strategies) {
    const text = strategy(target, context);
    if (text) return text;
  }
  return '';
}

/** What one option of a choice says (男, 已婚): its own label. */
export function optionLabel(option: HTMLInputElement, context: LabelContext = EMPTY_CONTEXT): string {
  return (
    byLabelFor(option, context) ??
    byWrappingLabel(option, context) ??
    option.getAttribute('title') ??
    nextText(option) ??
    option.value
  );
}

function nextText(option: Element): string | null {
  for (let sibling = option.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 1 && (sibling as Element).matches(CONTROLS)) return null;
    const text = sibling.nodeType === 3 || sibling.nodeType === 1 ? sibling.textContent?.trim() : '';
    if (text) return text;
  }
  return null;
}
