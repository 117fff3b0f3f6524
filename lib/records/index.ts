export type { CaptureResult, HouseholdMember, KnownFact, PersonRecord, PersonSummary } from '../domain/people';
export type * from '../domain/records';
export { undoCapture } from './capture';
export { type Conflict, findConflicts } from './conflicts';
export { deleteEntity, isDeleted, purgeDeleted, restoreEntity } from './delete';
export { type EditRefusal, EditRefused, editFact, settleConflict } from './edit';
export { listFills, markFillUndone, recordFill } from './fills';
export { importLedger, type LedgerRow } from './import';
export { type ObservationOptions, recordObservation } from './observe';
export { openRecords } from './open';
export {
  currentFacts,
  findPersonById,
  findPersonByIdNumber,
  toKnownFact,
} from './people';
export { type EntityPlan, type ObservationPlan, planObservation } from './plan';
export { holdsRecordKey } from './record-keys';
export { RECORDS_DB_NAME, RECORDS_DB_VERSION, type RecordsDb, type RecordsSchema, upgradeRecords } from './schema';
export { searchEntities, searchPeople } from './search';
export { captureModeOf, installationId, setCaptureMode } from './settings';
export { readStatsDays, type StatsRecord } from './stats-cache';
export { entityDetail, listConflicts } from './views';
