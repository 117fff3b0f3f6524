import { browser } from 'wxt/browser';
import { request } from '../../lib/messaging';
import { type StatsInput, unpackEvents } from '../../lib/stats';

export interface LoadedEvents extends StatsInput {
  installationId: string;
}

/** The statistics page asks the background for the events, through the typed protocol. */
export async function loadEvents(): Promise<LoadedEvents> {
  const { installationId, events } = await request(
    (envelope) => browser.runtime.sendMessage(envelope),
    'dashboardToBackground:getEvents',
    {},
  );
  return { installationId, ...unpackEvents(events) };
}
