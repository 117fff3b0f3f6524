export { type BackgroundDeps, createBackgroundHandlers } from './handlers';
export { createNoticeStore, type KeyValueArea, NOTICE_TTL_MS, type NoticeStore } from './notices';
