/** What a widget is, as far as filling it goes. */
export type WidgetKind = 'text' | 'select' | 'choice' | 'custom-select' | 'date-picker' | 'cascader';

/** What a widget needs from its surroundings while it is driven: time to let the page react. */
export interface DriveContext {
  /** Resolves after the page has had `ms` to render (a timer in the page's own window). */
  wait(ms: number): Promise<void>;
  /** Resolves once the page's pending microtasks have run: Vue's batched updates, without a timer. */
  settle(): Promise<void>;
  /** Resolves once the page has drawn its next frame: what rc-picker redraws in an animation frame. */
  frame(): Promise<void>;
}

/**
 * One field as the fill engine drives it. A plain input is set; a component library's
 * select, date picker or cascader is operated the way a person does it, through the
 * elements the person sees, so the framework's own model hears every change.
 */
export interface Widget {
  kind: WidgetKind;
  /** What a person sees and clicks; a fill is refused unless every one of them is plainly visible. */
  boxes: Element[];
  /** Whether the widget refuses input (a disabled select, a read-only picker). */
  disabled(): boolean;
  /** What a person would say the widget holds, as shown: a label, never a hidden code. */
  read(): string;
  /** Makes the widget hold `value` (a held fact's display value); '' clears it. False when it cannot. */
  write(value: string, key: string, context: DriveContext): Promise<boolean>;
}
