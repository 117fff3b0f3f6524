import type { PortalDefinition } from '../types';
import { dibaoApplication } from './dibao-application';
import { fanpinMonitoring } from './fanpin-monitoring';

export const PORTAL_DEFINITIONS: readonly PortalDefinition[] = [dibaoApplication, fanpinMonitoring];
