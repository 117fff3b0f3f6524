import type { Handlers, MessageType } from '../messaging';
import {
  findPersonById,
  findPersonByIdNumber,
  listFills,
  markFillUndone,
  type RecordsDb,
  recordFill,
  saveCapture,
  searchPeople,
  undoCapture,
} from '../records';
import { secondsSavedByFill, totalTimeSaved } from '../stats';
import { NOTICE_TTL_MS, type NoticeStore } from './notices';

type BackgroundMessage = Extract<MessageType, `contentToBackground:${string}` | `popupToBackground:${string}`>;

export interface BackgroundDeps {
  db: () => Promise<RecordsDb>;
  notices: NoticeStore;
  now: () => number;
}

/** What the background does for each message; the entrypoint only wires it to the browser. */
export function createBackgroundHandlers({ db, notices, now }: BackgroundDeps): Handlers<BackgroundMessage> {
  return {
    'contentToBackground:findPerson': async ({ idNumber }) => findPersonByIdNumber(await db(), idNumber),
    'contentToBackground:getPerson': async ({ entityId }) => findPersonById(await db(), entityId),
    'contentToBackground:searchPeople': async ({ query }) => searchPeople(await db(), query),
    'contentToBackground:captureSubmission': async ({ expectNavigation, ...input }, sender) => {
      const at = now();
      const result = await saveCapture(await db(), input, at);
      const tabId = sender.tab?.id;
      if (result.saved && expectNavigation && tabId !== undefined) {
        const { submissionId, savedCount } = result;
        await notices.put(tabId, { submissionId, savedCount, portalName: input.source.portalName, at });
      }
      return result;
    },
    'contentToBackground:undoCapture': async ({ submissionId }) => ({
      undone: await undoCapture(await db(), submissionId),
    }),
    'contentToBackground:takeCaptureNotice': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      const notice = tabId === undefined ? null : await notices.take(tabId);
      if (!notice || now() - notice.at > NOTICE_TTL_MS) return null;
      const { at: _at, ...rest } = notice;
      return rest;
    },
    'contentToBackground:recordFill': async ({ source, values }) => {
      const secondsSaved = secondsSavedByFill(values.map(({ value }) => value));
      const keys = values.map(({ key }) => key);
      const fillId = await recordFill(await db(), { source, at: now(), keys, secondsSaved });
      return { fillId, secondsSaved };
    },
    'contentToBackground:undoFill': async ({ fillId }) => ({ undone: await markFillUndone(await db(), fillId) }),
    'popupToBackground:getTimeSaved': async () => totalTimeSaved(await listFills(await db()), now()),
  };
}
