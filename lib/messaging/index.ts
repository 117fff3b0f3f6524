export type * from '../domain/views';
export { MessagingError, request, type Transport } from './client';
export type {
  CaptureNotice,
  DashboardEvents,
  DashboardStats,
  DefinitionView,
  Envelope,
  ImportPreview,
  PageSummary,
  Reply,
  ResponseOf,
} from './protocol';
export { createMessageRouter, type Handlers, type MessageListener } from './router';
export { type CaptureRequest, type MessageType, REQUEST_SCHEMAS, type RequestOf } from './schemas';
export { isAllowedSender, type Self, type SenderInfo } from './senders';
