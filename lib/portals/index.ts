import { PORTAL_DEFINITIONS } from './definitions';

export { applyPortalKeys } from './apply';
export { DEFINITION_SCHEMA_VERSION, definitionSchema, IGNORED_FIELD, type PortalDefinition } from './format';
export {
  type ImportPlan,
  type ImportPlanItem,
  type ImportStatus,
  originOf,
  originsOf,
  planImport,
} from './import-plan';
export { type ManagedPolicy, NO_POLICY, readManagedPolicy } from './managed';
export {
  type DefinitionPack,
  MAX_PACK_DEFINITIONS,
  PACK_FORMAT,
  type PackError,
  type PackResult,
  packOf,
  parsePack,
} from './pack';
export { pageName } from './page-name';
export {
  createRegistry,
  type DefinitionSource,
  type PageSignature,
  type RegisteredDefinition,
  type Registry,
  SOURCES,
  signatureHolds,
} from './registry';
export {
  NO_SAVED_DEFINITIONS,
  readSaved,
  registryEntries,
  type SavedDefinitions,
  withEnabled,
  withImported,
  withoutDefinition,
  withUserDefinition,
} from './saved';
export { selectorFor } from './selector';
export {
  patternProblem,
  proposePattern,
  siteDefinitionId,
  type TaughtChoice,
  type TeachInput,
  teachField,
} from './teach';
export { parseUrlPattern, type UrlPattern, urlPatternIncludes } from './url-pattern';
export { PORTAL_DEFINITIONS };
