import * as v from 'valibot';
import type { Reply, ResponseOf } from './protocol';
import { type MessageType, REQUEST_SCHEMAS, type RequestOf } from './schemas';
import { isAllowedSender, type Self, type SenderInfo } from './senders';

export type Handlers<K extends MessageType> = {
  [T in K]: (payload: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export type MessageListener = (message: unknown, sender: SenderInfo, sendResponse: (reply: Reply) => void) => boolean;

function isKnownType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(REQUEST_SCHEMAS, type);
}

/**
 * One runtime.onMessage listener for a set of handlers. It answers only the message
 * names it handles, from the sender each name allows, with a payload that validates.
 * Replies go through sendResponse and `return true`, which every browser honours.
 */
export function createMessageRouter<K extends MessageType>(handlers: Handlers<K>, self: Self): MessageListener {
  return (message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (!isKnownType(type) || !Object.hasOwn(handlers, type)) return false;
    const reply = (result: Reply) => sendResponse(result);
    if (!isAllowedSender(type, sender, self)) {
      reply({ ok: false, error: `sender not allowed for ${type}` });
      return false;
    }
    const parsed = v.safeParse(REQUEST_SCHEMAS[type], (message as { payload?: unknown }).payload);
    if (!parsed.success) {
      reply({ ok: false, error: `invalid payload for ${type}: ${v.summarize(parsed.issues)}` });
      return false;
    }
    const handler = handlers[type as K] as (payload: unknown, sender: SenderInfo) => unknown;
    Promise.resolve()
      .then(() => handler(parsed.output, sender))
      .then(
        (data) => reply({ ok: true, data }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}
