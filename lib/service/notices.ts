import type { CaptureNotice } from '../messaging';

/** Where a capture notice waits for the next page of the same tab. */
export interface NoticeStore {
  put(tabId: number, notice: CaptureNotice & { at: number }): Promise<void>;
  take(tabId: number): Promise<(CaptureNotice & { at: number }) | null>;
}

/** A notice older than this belongs to some earlier visit, not to the page now loading. */
export const NOTICE_TTL_MS = 60_000;

/** The subset of storage.StorageArea a notice store needs. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function createNoticeStore(area: KeyValueArea): NoticeStore {
  const keyOf = (tabId: number) => `captureNotice:${tabId}`;
  return {
    put: (tabId, notice) => area.set({ [keyOf(tabId)]: notice }),
    async take(tabId) {
      const key = keyOf(tabId);
      const notice = (await area.get(key))[key] as (CaptureNotice & { at: number }) | undefined;
      if (notice) await area.remove(key);
      return notice ?? null;
    },
  };
}
