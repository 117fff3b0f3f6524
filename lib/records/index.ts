export { undoCapture } from './capture';
export { type Conflict, findConflicts } from './conflicts';
export { deleteEntity, isDeleted, purgeDeleted, restoreEntity } from './delete';
export { type EditRefusal, EditRefused, editFact, settleConflict } from './edit';
export { listFills, markFillUndone, recordFill } from './fills';
export { importLedger, type LedgerRow } from './import';
export { type CaptureResult, type ObservationOptions, recordObservation } from './observe';
export { openRecords } from './open';
export {
  currentFacts,
  findPersonById,
  findPersonByIdNumber,
  type HouseholdMember,
  type KnownFact,
  type PersonRecord,
  toKnownFact,
} from './people';
export { type EntityPlan, type ObservationPlan, planObservation } from './plan';
export { holdsRecordKey } from './record-keys';
export { RECORDS_DB_NAME, RECORDS_DB_VERSION, type RecordsDb, type RecordsSchema, upgradeRecords } from './schema';
export { type PersonSummary, searchEntities, searchPeople } from './search';
export { captureModeOf, installationId, setCaptureMode } from './settings';
export { readStatsDays, type StatsRecord } from './stats-cache';
export type * from './types';
export { entityDetail, listConflicts } from './views';
