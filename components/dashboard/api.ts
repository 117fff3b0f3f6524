import { browser } from 'wxt/browser';
import { type DashboardEvents, request } from '../../lib/messaging';

/** The statistics page asks the background for the events, through the typed protocol. */
export function loadEvents(): Promise<DashboardEvents> {
  return request((envelope) => browser.runtime.sendMessage(envelope), 'dashboardToBackground:getEvents', {});
}
