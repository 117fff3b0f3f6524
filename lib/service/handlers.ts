import type { CaptureMode, Handlers, MessageType } from '../messaging';
import {
  captureModeOf,
  findPersonById,
  findPersonByIdNumber,
  holdsRecordKey,
  listFills,
  markFillUndone,
  type RecordsDb,
  recordFill,
  recordObservation,
  searchPeople,
  undoCapture,
} from '../records';
import { secondsSavedByFill, totalTimeSaved } from '../stats';
import type { DefinitionMessage } from './definition-handlers';
import type { Definitions } from './definitions';
import { NOTICE_TTL_MS, type NoticeStore, PENDING_TTL_MS } from './notices';
import { provenanceFrom } from './provenance';

type PageMessage = Exclude<
  Extract<MessageType, `contentToBackground:${string}` | `popupToBackground:${string}`>,
  DefinitionMessage
>;

/** Puts the engine, the content script that reads and fills forms, into a page that needs it. */
export interface EngineStarter {
  start(tabId: number, frameId: number): Promise<void>;
  /** The tab's next page shows a capture notice, and may hold no form that would start the engine. */
  startAfterNextLoad(tabId: number): void;
}

export interface BackgroundDeps {
  db: () => Promise<RecordsDb>;
  notices: NoticeStore;
  engine: EngineStarter;
  definitions: Definitions;
  now: () => number;
}

/** What the background does for the pages' messages; the entrypoint only wires it to the browser. */
export function createBackgroundHandlers({
  db,
  notices,
  engine,
  definitions,
  now,
}: BackgroundDeps): Handlers<PageMessage> {
  /** Known portals follow the IT desk's policy, else the person's setting, else their own; elsewhere a person is asked first. */
  const modeFor = async (url: string | undefined): Promise<CaptureMode> => {
    const [portal] = (await definitions.registry()).including(url ?? '');
    if (!portal) return 'ask';
    const { id, capture } = portal.definition;
    return (await definitions.policy()).captureModes[id] ?? captureModeOf(await db(), id, capture);
  };
  const leaveNotice: NoticeStore['put'] = async (tabId, notice) => {
    await notices.put(tabId, notice);
    engine.startAfterNextLoad(tabId);
  };
  return {
    // Only into the sender's own tab and frame, which the browser vouches for.
    'contentToBackground:startEngine': async (_payload, sender) => {
      if (sender.tab?.id === undefined) return { started: false };
      await engine.start(sender.tab.id, sender.frameId ?? 0);
      return { started: true };
    },
    'contentToBackground:findPerson': async ({ idNumber }) => findPersonByIdNumber(await db(), idNumber),
    'contentToBackground:getPerson': async ({ entityId }) => findPersonById(await db(), entityId),
    'contentToBackground:searchPeople': async ({ query }) => searchPeople(await db(), query),
    // The portal's capture mode comes from the sender's own URL, never from the page.
    'contentToBackground:captureSubmission': async ({ expectNavigation, ...submitted }, sender) => {
      const at = now();
      const tabId = sender.tab?.id;
      const fieldCount = submitted.fields.length;
      // Not a report: nothing in it would key a record, so nothing is asked and nothing kept.
      if (!holdsRecordKey(submitted.fields)) return { saved: false, reason: 'no-record-key', fieldCount };
      const input = {
        ...submitted,
        source: provenanceFrom(submitted.source, sender.url, await definitions.registry()),
      };
      const mode = await modeFor(sender.url);
      if (mode === 'never' || tabId === undefined) return { saved: false, reason: 'never', fieldCount };
      if (mode === 'ask') {
        await notices.putPending(tabId, { input, at });
        const notice = { savedCount: fieldCount, portalName: input.source.portalName, pending: true, at };
        if (expectNavigation) await leaveNotice(tabId, notice);
        return { saved: false, reason: 'pending', fieldCount };
      }
      const result = await recordObservation(await db(), input, at);
      if (result.saved && expectNavigation) {
        const { submissionId, savedCount } = result;
        await leaveNotice(tabId, { submissionId, savedCount, portalName: input.source.portalName, at });
      }
      return result;
    },
    'contentToBackground:savePendingCapture': async (_payload, sender) => {
      const pending = sender.tab?.id === undefined ? null : await notices.takePending(sender.tab.id);
      if (!pending || now() - pending.at > PENDING_TTL_MS) return { saved: false, reason: 'expired' };
      return recordObservation(await db(), pending.input, pending.at);
    },
    'contentToBackground:discardPendingCapture': async (_payload, sender) => ({
      discarded: sender.tab?.id !== undefined && (await notices.takePending(sender.tab.id)) !== null,
    }),
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
    // The sender's own URL decides, not anything the page could put in a payload.
    'contentToBackground:getCaptureMode': async (_payload, sender) => modeFor(sender.url),
    'contentToBackground:recordFill': async ({ source: claimed, values }, sender) => {
      const source = provenanceFrom(claimed, sender.url, await definitions.registry());
      const secondsSaved = secondsSavedByFill(values.map(({ value }) => value));
      const keys = values.map(({ key }) => key);
      const fillId = await recordFill(await db(), { source, at: now(), keys, secondsSaved });
      return { fillId, secondsSaved };
    },
    'contentToBackground:undoFill': async ({ fillId }) => ({ undone: await markFillUndone(await db(), fillId) }),
    'popupToBackground:getTimeSaved': async () => totalTimeSaved(await listFills(await db()), now()),
  };
}
