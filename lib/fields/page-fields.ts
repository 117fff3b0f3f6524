import { type FormControl, isChoiceOption } from './controls';
import type { FieldMatch } from './index';

/** One field as a person sees it: a text box, a select, or a whole group of radio buttons. */
export interface PageField {
  control: FormControl;
  key: string | null;
  label: string;
  /** Whose field it is when not the form's subject (agent, member-2…). */
  entity?: string;
  /** The options of a radio or checkbox group; `control` is the first. */
  options?: HTMLInputElement[];
}

function groupOf(option: HTMLInputElement): string {
  return option.name ? `${option.type}:${option.name}` : '';
}

/** Folds the options of each radio or checkbox group into one field. */
export function toPageFields(matches: readonly FieldMatch[]): PageField[] {
  const fields: PageField[] = [];
  const groups = new Map<string, PageField>();
  for (const match of matches) {
    const control = match.element as FormControl;
    const { key, label, entity } = match;
    if (!isChoiceOption(control)) {
      fields.push({ control, key, label, ...(entity && { entity }) });
      continue;
    }
    const previous = fields.at(-1);
    const sameUnnamedGroup =
      !control.name &&
      previous?.options &&
      previous.key === key &&
      previous.label === label &&
      !groupOf(previous.control as HTMLInputElement);
    const group = groups.get(groupOf(control)) ?? (sameUnnamedGroup ? previous : undefined);
    if (group?.options) {
      group.options.push(control);
      continue;
    }
    const field: PageField = { control, key, label, options: [control], ...(entity && { entity }) };
    fields.push(field);
    if (control.name) groups.set(groupOf(control), field);
  }
  return fields;
}
