/**
 * A known reporting portal, as plain data. Definitions make a field's key certain
 * where the label heuristics would only guess, and say how the portal confirms a submit.
 */
export interface PortalDefinition {
  /** Stable id; equals the definition's file name. */
  readonly id: string;
  /** The portal's own name, as staff know it. */
  readonly name: string;
  /** WebExtension match patterns (any port matches). */
  readonly matches: readonly string[];
  /** URLs this definition must match and every other definition must not. */
  readonly examples: readonly string[];
  /** CSS selector → field key. */
  readonly fields: Readonly<Record<string, string>>;
  readonly submit: SubmitSignal;
  /** What happens to a submit here; issue #4 makes it a per-portal user setting. */
  readonly capture: 'always' | 'ask' | 'never';
}

/**
 * How a submit shows itself. A native form submit needs no more; a single-page app
 * submits on a button click and confirms with a message, which `success` matches.
 */
export interface SubmitSignal {
  readonly button?: string;
  readonly success?: string;
}
