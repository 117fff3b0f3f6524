import { computed, signal } from '@preact/signals';
import type { PageField } from '../../lib/fields';
import type { FillOutcome } from '../../lib/fill';
import { holdFacts, speaksForForm } from '../../lib/fill';
import type { PortalDefinition } from '../../lib/portals';
import type { KnownFact, PersonRecord } from '../../lib/records';

export type { PageField };

export interface ToastAction {
  label: string;
  testId: string;
  /** Gets the click, so an action that fills can check it like a click on the panel. */
  run: (event: Event) => void;
}

export interface Toast {
  id: number;
  message: string;
  actions: ToastAction[];
}

/** The last fill, kept with the fields it wrote to, so undo finds them after a re-scan. */
export interface FillRecord {
  outcome: FillOutcome;
  fields: readonly PageField[];
  fillId: number | null;
  undone: boolean;
}

export interface DuplicateField {
  field: PageField;
  fact: KnownFact;
}

const MIN_FIELDS_ON_UNLISTED_PAGE = 3;

/** A field the person is saying what it is, from the context menu or the panel. */
export interface TeachRequest {
  control: Element;
  label: string;
}

/** Everything the page's UI shows, as signals, so a change re-renders only what reads it. */
export function createPageState(definition: PortalDefinition | null) {
  /** The definition in force: it changes when the person teaches a field. */
  const portal = signal(definition);
  const teach = signal<TeachRequest | null>(null);
  const fields = signal<PageField[]>([]);
  const person = signal<PersonRecord | null>(null);
  const lookup = signal<'idle' | 'not-found' | 'found'>('idle');
  /**
   * Whose fields the person's facts answer: the slot of the ID number they typed (户主信息's
   * head), or the form's main subject. Everyone else's fields are left alone.
   */
  const subject = signal<string | undefined>(undefined);
  // The person who answers for the form also owns its unassigned fields (账户, 填表日期).
  const answersForForm = computed(() => speaksForForm(subject.value, fields.value));
  const isSubjects = (field: PageField) =>
    field.entity === subject.value || (answersForForm.value && field.entity === undefined);
  const lastFill = signal<FillRecord | null>(null);
  /**
   * The fill or undo being written, if any: driving a dropdown takes a moment, and nothing may
   * interleave with it. Not a signal: re-rendering the panel mid-fill would cost more than the fill.
   */
  const busy: { current: Promise<unknown> | null } = { current: null };
  const toast = signal<Toast | null>(null);
  const holding = computed(() => holdFacts(person.value?.facts ?? []));
  const held = computed(() => holding.value.held);
  // Only the subject's own fields: the facts held are the subject's, not an agent's or a member's.
  const duplicates = computed<DuplicateField[]>(() =>
    fields.value.flatMap((field) => {
      const fact = field.key && isSubjects(field) ? held.value.get(field.key) : undefined;
      return fact ? [{ field, fact }] : [];
    }),
  );
  /** Fields of this form whose sources disagree: shown, never filled. */
  const conflicts = computed(() =>
    fields.value.flatMap((field) => {
      const facts = field.key && isSubjects(field) ? holding.value.conflicts.get(field.key) : undefined;
      return facts ? [{ field, facts }] : [];
    }),
  );
  const recognised = computed(() => fields.value.filter((field) => field.key !== null).length);
  // An unlisted page needs a few recognised fields before it counts as a form worth a panel.
  const panelWanted = computed(() => recognised.value >= (portal.value ? 1 : MIN_FIELDS_ON_UNLISTED_PAGE));
  /** FillOnce's own shadow host, so its panel never counts as covering a field. */
  const host: { current: Element | null } = { current: null };
  return {
    portal,
    teach,
    fields,
    person,
    lookup,
    subject,
    isSubjects,
    lastFill,
    busy,
    toast,
    held,
    duplicates,
    conflicts,
    recognised,
    panelWanted,
    host,
  };
}

export type PageState = ReturnType<typeof createPageState>;

const fieldIds = new WeakMap<Element, number>();
let nextFieldId = 0;

/** A stable key for a field's row or marker: the same control keeps it across re-scans. */
export function fieldKey(field: PageField): number {
  let id = fieldIds.get(field.control);
  if (id === undefined) {
    id = nextFieldId++;
    fieldIds.set(field.control, id);
  }
  return id;
}
