import { browser } from 'wxt/browser';
import { type DashboardStats, request } from '../../lib/messaging';
import { type StatsInput, unpackEvents } from '../../lib/stats';

const send = (envelope: unknown) => browser.runtime.sendMessage(envelope);

/** The statistics page asks the background for the day sums, through the typed protocol. */
export function loadStats(): Promise<DashboardStats> {
  return request(send, 'dashboardToBackground:getStats', {});
}

/** Every submission and fill, only when the events export is asked for. */
export async function loadEvents(): Promise<StatsInput> {
  return unpackEvents((await request(send, 'dashboardToBackground:getEvents', {})).events);
}
