import type { WidgetKind } from './widgets/types';

/** What the page shows about a field's format, read once when the fill is planned. */
export interface FieldHints {
  label: string;
  placeholder: string;
  /** Text beside the control (格式：19800101, 万元). */
  note: string;
  maxLength: number | null;
  /** The input's type (text, date, number), '' for a select or textarea. */
  inputType: string;
  widget: WidgetKind;
}

/** A field as the planner sees it: plain data, no DOM. `index` points into the page's field list. */
export interface FillTarget {
  index: number;
  key: string | null;
  currentValue: string;
  fillable: boolean;
  /** Whose values it takes: the form's subject, or the member of a member row (member-2). */
  slot?: string;
  /** What the person reads as its label. */
  label?: string;
  hints?: FieldHints;
}

export interface FillStep {
  index: number;
  key: string;
  value: string;
}

export type SkipReason = 'not-fillable' | 'user-value' | 'already-equal' | 'format-uncertain' | 'ambiguous';

/** The fill script: which field gets which value, and which held values were left alone and why. */
export interface FillPlan {
  steps: FillStep[];
  skipped: Array<{ index: number; key: string; reason: SkipReason }>;
}

/** What a fill changed, so that undo can put every field back. */
export interface FillOutcome {
  filled: Array<{ index: number; key: string; value: string; previous: string }>;
  failed: Array<{ index: number; key: string; reason: 'not-taken' | 'not-fillable' }>;
}
