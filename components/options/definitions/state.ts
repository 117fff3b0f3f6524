import { signal } from '@preact/signals';
import type { DefinitionView, RequestOf } from '../../../lib/messaging';
import { errorText, send } from '../api';

/** Undefined until the background has answered once. */
export const definitionViews = signal<DefinitionView[] | undefined>(undefined);
export const listFailure = signal<string | null>(null);
/** The ids ticked for export. */
export const selectedIds = signal<ReadonlySet<string>>(new Set());

let latest = 0;

export async function loadDefinitions(): Promise<void> {
  const ticket = ++latest;
  try {
    const list = await send('optionsToBackground:listDefinitions', {});
    if (ticket !== latest) return;
    definitionViews.value = list;
    listFailure.value = null;
    const ids = new Set(list.map((view) => view.definition.id));
    selectedIds.value = new Set([...selectedIds.value].filter((id) => ids.has(id)));
  } catch (error) {
    if (ticket !== latest) return;
    definitionViews.value ??= [];
    listFailure.value = errorText(error);
  }
}

/** One row replaced in place, by id: a new object draws the row again, its switch as the view says. */
export function putView(view: DefinitionView): void {
  definitionViews.value = definitionViews.value?.map((shown) =>
    shown.definition.id === view.definition.id ? view : shown,
  );
}

export async function updateDefinition(
  change: RequestOf<'optionsToBackground:updateDefinition'>,
): Promise<DefinitionView> {
  const saved = await send('optionsToBackground:updateDefinition', change);
  putView(saved);
  return saved;
}

export function setSelected(ids: readonly string[], selected: boolean): void {
  const next = new Set(selectedIds.value);
  for (const id of ids) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  selectedIds.value = next;
}

/** Managed definitions stay where the IT desk put them: shown, not exported or changed. */
export function selectable(view: DefinitionView): boolean {
  return view.source !== 'managed';
}

/** The ticked ids in the table's order, so an exported file lists them as the page does. */
export function selectedInOrder(): string[] {
  const chosen = selectedIds.value;
  return (definitionViews.value ?? []).map((view) => view.definition.id).filter((id) => chosen.has(id));
}
