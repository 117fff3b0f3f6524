export { createRegistry } from '../../../lib/portals';
export { manyDefinitions } from '../definitions';
