import type { CaptureResult, PersonRecord, PersonSummary } from '../records';
import type { TimeSaved } from '../stats';
import type { MessageType } from './schemas';

/** Shown after a capture, possibly on the next page when the submit navigated. */
export interface CaptureNotice {
  submissionId: number;
  savedCount: number;
  portalName: string;
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
  'contentToBackground:captureSubmission': CaptureResult;
  'contentToBackground:undoCapture': { undone: boolean };
  'contentToBackground:takeCaptureNotice': CaptureNotice | null;
  'contentToBackground:recordFill': { fillId: number; secondsSaved: number };
  'contentToBackground:undoFill': { undone: boolean };
  'popupToBackground:getTimeSaved': TimeSaved;
  'popupToContent:getPageSummary': PageSummary;
  'backgroundToContent:fillAll': { filled: number };
}

export type ResponseOf<K extends MessageType> = Responses[K];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: unknown;
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
