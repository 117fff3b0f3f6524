/**
 * Finds the text a person reads as a control's label. Strategies run in order of how
 * explicitly the page ties the text to the control; the first non-empty one wins.
 */
type LabelStrategy = (control: Element) => string | null;

const FORM_ITEM_LABELS: ReadonlyArray<readonly [item: string, label: string]> = [
  ['.el-form-item', '.el-form-item__label'], // Element UI and Element Plus
  ['.ant-form-item', '.ant-form-item-label'], // Ant Design, React and Vue
  ['.layui-form-item', '.layui-form-label'],
  ['.arco-form-item', '.arco-form-item-label'],
  ['.t-form__item', '.t-form__label'], // TDesign
  ['.n-form-item', '.n-form-item-label'], // Naive UI
];

function textOf(element: Element | null | undefined): string | null {
  const text = element?.textContent?.trim();
  return text ? text : null;
}

/** A label's text as a person reads it: without the options or contents of controls inside it. */
function labelText(label: Element | null | undefined): string | null {
  if (!label) return null;
  if (!label.querySelector('select, textarea, datalist, button')) return textOf(label);
  const copy = label.cloneNode(true) as Element;
  for (const inner of copy.querySelectorAll('select, textarea, datalist, button')) inner.remove();
  return textOf(copy);
}

const byAriaLabelledBy: LabelStrategy = (control) => {
  const ids = control.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean);
  if (!ids?.length) return null;
  const root = control.getRootNode() as Document | ShadowRoot;
  const parts = ids.map((id) => textOf(root.getElementById?.(id) ?? null)).filter(Boolean);
  return parts.length ? parts.join(' ') : null;
};

const byLabelFor: LabelStrategy = (control) => {
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length > 0) return labelText(labels[0]);
  const root = control.getRootNode() as ParentNode;
  return control.id ? labelText(root.querySelector(`label[for="${CSS.escape(control.id)}"]`)) : null;
};

const byWrappingLabel: LabelStrategy = (control) => labelText(control.closest('label'));

const byFormItem: LabelStrategy = (control) => {
  for (const [item, label] of FORM_ITEM_LABELS) {
    const found = textOf(control.closest(item)?.querySelector(label));
    if (found) return found;
  }
  return null;
};

/** Legacy portals put the label in the cell before the control's cell. */
const byPreviousCell: LabelStrategy = (control) => {
  const cell = control.closest('td, th')?.previousElementSibling;
  return cell?.querySelector('input, select, textarea') ? null : textOf(cell);
};

const byAttribute =
  (name: string): LabelStrategy =>
  (control) =>
    control.getAttribute(name)?.trim() || null;

const STRATEGIES: readonly LabelStrategy[] = [
  byAriaLabelledBy,
  byLabelFor,
  byWrappingLabel,
  byFormItem,
  byPreviousCell,
  byAttribute('aria-label'),
  byAttribute('placeholder'),
  byAttribute('title'),
];

export function extractLabel(control: Element): string {
  for (const strategy of STRATEGIES) {
    const text = strategy(control);
    if (text) return text;
  }
  return '';
}
