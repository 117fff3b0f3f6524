import type { CaptureResult, PersonRecord, PersonSummary } from '../records';
import type { PackedEvents, StatsDay, TimeSaved } from '../stats';
import type { WorkLogRow } from '../worklog';
import type { CaptureMode, ConflictView, EntityDetail, ImportResult, RestoreResult } from './records-views';
import type { MessageType } from './schemas';

/** Shown after a capture, possibly on the next page when the submit navigated. */
export interface CaptureNotice {
  /** Absent while the capture waits for the person to say whether to save it. */
  submissionId?: number;
  savedCount: number;
  portalName: string;
  pending?: boolean;
}

/** What the statistics page draws from: each day's sums per portal and key, and nothing else. */
export interface DashboardStats {
  installationId: string;
  days: StatsDay[];
}

/** Every submission and fill, packed: for the events export, made only when it is asked for. */
export interface DashboardEvents {
  installationId: string;
  events: PackedEvents;
}

/** What the popup shows about the page in a tab. */
export interface PageSummary {
  portalName: string | null;
  recognised: number;
  duplicates: number;
  filled: number;
  personName: string | null;
}

/** Every reply, by message name: with REQUEST_SCHEMAS, the one protocol map. */
export interface Responses {
  'contentToBackground:findPerson': PersonRecord | null;
  'contentToBackground:getPerson': PersonRecord | null;
  'contentToBackground:searchPeople': PersonSummary[];
  'contentToBackground:captureSubmission':
    | CaptureResult
    | { saved: false; reason: 'never' | 'pending'; fieldCount: number };
  'contentToBackground:savePendingCapture': CaptureResult | { saved: false; reason: 'expired' };
  'contentToBackground:discardPendingCapture': { discarded: boolean };
  'contentToBackground:undoCapture': { undone: boolean };
  'contentToBackground:takeCaptureNotice': CaptureNotice | null;
  'contentToBackground:recordFill': { fillId: number; secondsSaved: number };
  'contentToBackground:undoFill': { undone: boolean };
  'contentToBackground:getCaptureMode': CaptureMode;
  'contentToBackground:startEngine': { started: boolean };
  'popupToBackground:getTimeSaved': TimeSaved;
  'dashboardToBackground:getStats': DashboardStats;
  'dashboardToBackground:getEvents': DashboardEvents;
  'optionsToBackground:search': PersonSummary[];
  'optionsToBackground:getEntity': EntityDetail | null;
  'optionsToBackground:editFact': { factId: number };
  'optionsToBackground:settleConflict': { settled: boolean };
  'optionsToBackground:deleteEntity': { deleted: boolean };
  'optionsToBackground:restoreEntity': { restored: boolean };
  'optionsToBackground:listConflicts': ConflictView[];
  'optionsToBackground:getWorkLog': WorkLogRow[];
  'optionsToBackground:importLedger': ImportResult;
  'optionsToBackground:exportBackup': { fileName: string; content: string };
  'optionsToBackground:restoreBackup': RestoreResult;
  'optionsToBackground:wipe': { wiped: boolean };
  'optionsToBackground:getCaptureModes': Array<{ portalId: string; portalName: string; mode: CaptureMode }>;
  'optionsToBackground:setCaptureMode': { mode: CaptureMode };
  'popupToContent:getPageSummary': PageSummary;
  'backgroundToContent:fillAll': { filled: number };
}

export type ResponseOf<K extends MessageType> = Responses[K];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: unknown;
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
