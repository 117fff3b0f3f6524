import { browser } from 'wxt/browser';
import { type MessageType, type RequestOf, type ResponseOf, request } from '../../lib/messaging';

export type OptionsMessage = Extract<MessageType, `optionsToBackground:${string}`>;

/** The options page talks to the background only through the typed protocol. */
export function send<K extends OptionsMessage>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return request((envelope) => browser.runtime.sendMessage(envelope), type, payload);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
