import type { Envelope, Reply, ResponseOf } from './protocol';
import type { MessageType, RequestOf } from './schemas';

/** Sends one envelope and resolves with the raw reply: runtime.sendMessage or tabs.sendMessage. */
export type Transport = (envelope: Envelope) => Promise<unknown>;

export class MessagingError extends Error {
  override name = 'MessagingError';
}

export async function request<K extends MessageType>(
  transport: Transport,
  type: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = (await transport({ type, payload })) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new MessagingError(`no reply to ${type}`);
  if (!reply.ok) throw new MessagingError(reply.error);
  return reply.data;
}
