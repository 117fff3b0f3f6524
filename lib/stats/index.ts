export { KLM_SECONDS, secondsSavedByFill, secondsToTypeByHand } from './time-model';
export { startOfLocalDay, type TimeSaved, totalTimeSaved } from './totals';
