import { fileURLToPath } from 'node:url';
import { writeFieldData } from '../../lib/fields/field-data';

/** The classifier's build-time data, fresh from the dictionary the tests run against. */
export default function setup(): void {
  writeFieldData(fileURLToPath(new URL('../..', import.meta.url)));
}
