import type { CaptureResult, PersonRecord, PersonSummary } from '../domain';
import type { CaptureMode, ConflictView, EntityDetail, ImportResult, RestoreResult } from '../domain/views';
import type { DefinitionSource, ImportPlanItem, PackError, PortalDefinition } from '../portals';
import type { PackedEvents, StatsDay, TimeSaved } from '../stats';
import type { WorkLogRow } from '../worklog';
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

/** A definition as the options page lists it: the one in force for its id. */
export interface DefinitionView {
  definition: PortalDefinition;
  source: DefinitionSource;
  enabled: boolean;
  /** The source of a definition of the same id that this one hides: a person's copy of a built-in. */
  hides: DefinitionSource | null;
}

/** A pack file checked: what importing it would do, or every error in it. */
export type ImportPreview =
  | { ok: true; items: ImportPlanItem[]; origins: string[] }
  | { ok: false; errors: PackError[] };

/** Every reply, by message name: with REQUEST_SCHEMAS, the one protocol map. */
export interface Responses {
  'contentToBackground:findPerson': PersonRecord | null;
  'contentToBackground:getPerson': PersonRecord | null;
  'contentToBackground:searchPeople': PersonSummary[];
  'contentToBackground:captureSubmission':
    | CaptureResult
    | { saved: false; reason: 'never' | 'pending' | 'no-record-key'; fieldCount: number };
  'contentToBackground:savePendingCapture': CaptureResult | { saved: false; reason: 'expired' };
  'contentToBackground:discardPendingCapture': { discarded: boolean };
  'contentToBackground:undoCapture': { undone: boolean };
  'contentToBackground:takeCaptureNotice': CaptureNotice | null;
  'contentToBackground:recordFill': { fillId: number; secondsSaved: number };
  'contentToBackground:undoFill': { undone: boolean };
  'contentToBackground:getCaptureMode': CaptureMode;
  'contentToBackground:startEngine': { started: boolean };
  /** The enabled definitions whose patterns hold the sender's URL, the winning source first. */
  'contentToBackground:getDefinitions': PortalDefinition[];
  'contentToBackground:teachField': { definition: PortalDefinition };
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
  'optionsToBackground:getCaptureModes': Array<{
    portalId: string;
    portalName: string;
    mode: CaptureMode;
    /** Set by the IT desk's policy: shown, not changeable. */
    managed: boolean;
  }>;
  'optionsToBackground:setCaptureMode': { mode: CaptureMode };
  'optionsToBackground:listDefinitions': DefinitionView[];
  'optionsToBackground:updateDefinition': DefinitionView;
  'optionsToBackground:deleteDefinition': { deleted: boolean };
  'optionsToBackground:exportDefinitions': { fileName: string; content: string };
  'optionsToBackground:previewImport': ImportPreview;
  'optionsToBackground:importDefinitions': ImportPreview;
  'popupToContent:getPageSummary': PageSummary;
  'backgroundToContent:fillAll': { filled: number };
  'backgroundToContent:teachField': { opened: boolean };
}

export type ResponseOf<K extends MessageType> = Responses[K];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: unknown;
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
