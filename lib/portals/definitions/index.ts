import type { PortalDefinition } from '../format';
import dibaoApplication from './dibao-application.json';
import fanpinMonitoring from './fanpin-monitoring.json';

// The built-in definitions are files in the same format as a pack's, checked against its schema
// by test/unit/portals/definitions.test.ts rather than on every page load.
export const PORTAL_DEFINITIONS = [dibaoApplication, fanpinMonitoring] as readonly PortalDefinition[];
