import { type Signal, useSignal } from '@preact/signals';
import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { errorText } from '../api';
import { updateDefinition } from './state';

export interface Edit {
  busy: Signal<boolean>;
  /** Why the last save was refused: by the page (an empty name) or the background (a bad pattern). */
  problem: Signal<string | null>;
  refuse(problem: string): void;
  save(change: { name?: string; urls?: string[] }, saved: (view: DefinitionView) => void): Promise<void>;
}

/** A rename or a patterns edit: saved through the background, the editor left open with its reason on refusal. */
export function useEdit(view: DefinitionView, onDone: () => void): Edit {
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);
  return {
    busy,
    problem,
    refuse: (reason) => {
      problem.value = reason;
    },
    save: async (change, saved) => {
      busy.value = true;
      problem.value = null;
      try {
        saved(await updateDefinition({ id: view.definition.id, ...change }));
        onDone();
      } catch (error) {
        problem.value = t('definitionsSaveFailed', errorText(error));
        busy.value = false;
      }
    },
  };
}
