import type { CaptureNotice, CaptureRequest } from '../messaging';

type Stamped<T> = T & { at: number };

/** Where a capture notice, or a capture waiting for a yes, waits for the next page of the same tab. */
export interface NoticeStore {
  put(tabId: number, notice: Stamped<CaptureNotice>): Promise<void>;
  take(tabId: number): Promise<Stamped<CaptureNotice> | null>;
  putPending(tabId: number, capture: Stamped<{ input: Omit<CaptureRequest, 'expectNavigation'> }>): Promise<void>;
  takePending(tabId: number): Promise<Stamped<{ input: Omit<CaptureRequest, 'expectNavigation'> }> | null>;
}

/** A notice older than this belongs to some earlier visit, not to the page now loading. */
export const NOTICE_TTL_MS = 60_000;
/** How long a person has to say yes to saving a submission. */
export const PENDING_TTL_MS = 10 * 60_000;

/** The subset of storage.StorageArea a notice store needs: storage.session, which lives in memory. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function createNoticeStore(area: KeyValueArea): NoticeStore {
  async function take<T>(key: string): Promise<T | null> {
    const value = (await area.get(key))[key] as T | undefined;
    if (value) await area.remove(key);
    return value ?? null;
  }
  return {
    put: (tabId, notice) => area.set({ [`captureNotice:${tabId}`]: notice }),
    take: (tabId) => take(`captureNotice:${tabId}`),
    putPending: (tabId, capture) => area.set({ [`pendingCapture:${tabId}`]: capture }),
    takePending: (tabId) => take(`pendingCapture:${tabId}`),
  };
}
