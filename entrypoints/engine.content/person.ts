import type { PageState } from '../../components/page/state';
import { request, type Transport } from '../../lib/messaging';
import { isValidIdNumber } from '../../lib/values';

/** Looks the person up once the user has typed a complete, valid ID number. */
export async function lookupIdNumber(
  state: PageState,
  send: Transport,
  value: string,
  entity: string | undefined,
): Promise<void> {
  if (!isValidIdNumber(value)) return;
  const found = await request(send, 'contentToBackground:findPerson', { idNumber: value });
  state.subject.value = found ? entity : undefined;
  state.person.value = found;
  state.lookup.value = found ? 'found' : 'not-found';
}

export async function choosePerson(state: PageState, send: Transport, entityId: string): Promise<void> {
  const found = await request(send, 'contentToBackground:getPerson', { entityId });
  state.subject.value = undefined;
  state.person.value = found;
  state.lookup.value = found ? 'found' : 'not-found';
}
