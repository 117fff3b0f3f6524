export { createBackupHandlers } from './backup-handlers';
export { createDashboardHandlers } from './dashboard-handlers';
export { createDefinitionHandlers, type DefinitionMessage } from './definition-handlers';
export { createDefinitions, type Definitions, type SavedStore } from './definitions';
export { type BackgroundDeps, createBackgroundHandlers, type EngineStarter } from './handlers';
export { createNoticeStore, type KeyValueArea, NOTICE_TTL_MS, type NoticeStore, PENDING_TTL_MS } from './notices';
export { createRecordsHandlers } from './options-handlers';
