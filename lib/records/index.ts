export { type CaptureResult, saveCapture, undoCapture } from './capture';
export { listFills, markFillUndone, recordFill } from './fills';
export { openRecords } from './open';
export {
  findPersonById,
  findPersonByIdNumber,
  type KnownFact,
  type PersonRecord,
  type PersonSummary,
  searchPeople,
} from './people';
export { RECORDS_DB_NAME, RECORDS_DB_VERSION, type RecordsDb, type RecordsSchema, upgradeRecords } from './schema';
export type * from './types';
