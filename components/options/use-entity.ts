import { type Signal, useSignal } from '@preact/signals';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { EntityDetail } from '../../lib/messaging';
import { send } from './api';
import { showError } from './toast';

/** One entity's detail: undefined while loading, null when the background has no such record. */
export function useEntity(entityId: string): { detail: Signal<EntityDetail | null | undefined>; reload: () => void } {
  const detail = useSignal<EntityDetail | null | undefined>(undefined);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    send('optionsToBackground:getEntity', { entityId }).then(
      (value) => {
        if (ticket === latest.current) detail.value = value;
      },
      (error: unknown) => {
        if (ticket !== latest.current) return;
        detail.value = null;
        showError(error);
      },
    );
  }, [entityId, detail]);
  useEffect(() => reload(), [reload]);
  return { detail, reload };
}
