import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';

/** Another extension on the same browser, which tries to talk FillOnce into wiping the records. */
const intruder = mkdtempSync(join(tmpdir(), 'fillonce-intruder-'));
writeFileSync(
  join(intruder, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'intruder', version: '1', background: { service_worker: 'sw.js' } }),
);
writeFileSync(join(intruder, 'sw.js'), '// Driven from the test.\n');

let browser: ExtensionBrowser;
let intruderWorker: Worker;
beforeAll(async () => {
  browser = await launchWithExtension({ headless: true, alsoLoad: [intruder] });
  const isIntruder = (worker: Worker) => worker.url().endsWith('/sw.js');
  intruderWorker =
    browser.context.serviceWorkers().find(isIntruder) ??
    (await browser.context.waitForEvent('serviceworker', { predicate: isIntruder }));
});
afterAll(async () => {
  await browser?.close();
  rmSync(intruder, { recursive: true, force: true });
});

describe('another extension', () => {
  it('cannot message FillOnce, nor open a port to it', async () => {
    const outcome = await intruderWorker.evaluate(async (fillOnceId) => {
      type Port = { onDisconnect: { addListener(listener: () => void): void } };
      type Runtime = {
        sendMessage(id: string, message: object): Promise<unknown>;
        connect(id: string): Port;
        lastError?: { message?: string };
      };
      const { chrome } = globalThis as unknown as { chrome: { runtime: Runtime } };
      const message = await chrome.runtime
        .sendMessage(fillOnceId, { type: 'optionsToBackground:wipe', payload: {} })
        .then(
          (reply) => ({ replied: reply }),
          (error: Error) => ({ refused: error.message }),
        );
      const port = await new Promise<string>((resume) => {
        chrome.runtime
          .connect(fillOnceId)
          .onDisconnect.addListener(() => resume(chrome.runtime.lastError?.message ?? ''));
      });
      return { message, port };
    }, browser.extensionId);
    expect(outcome.message).toEqual({ refused: expect.stringContaining('Could not establish connection') });
    expect(outcome.port).toContain('Could not establish connection');
  });
});
