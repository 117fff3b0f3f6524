import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter, type Reply, request, type SenderInfo } from '../../../lib/messaging';

const self = { extensionId: 'fillonce-test', extensionOrigin: 'chrome-extension://fillonce-test/' };
const contentScript: SenderInfo = {
  id: self.extensionId,
  url: 'http://dibao.localhost/apply/',
  tab: { id: 7 },
  frameId: 0,
};
const popup: SenderInfo = { id: self.extensionId, url: `${self.extensionOrigin}popup.html` };

async function dispatch(listener: ReturnType<typeof createMessageRouter>, message: unknown, sender: SenderInfo) {
  let answer: (reply: Reply) => void = () => {};
  const replied = new Promise<Reply>((resolve) => {
    answer = resolve;
  });
  const keptOpen = listener(message, sender, answer);
  return { reply: await replied, keptOpen };
}

describe('message router', () => {
  const findPerson = vi.fn(async () => null);
  const router = () =>
    createMessageRouter(
      { 'contentToBackground:findPerson': findPerson, 'popupToBackground:getTimeSaved': () => zeroTime },
      self,
    );
  const zeroTime = { todaySeconds: 0, totalSeconds: 0, fillCount: 0, fieldCount: 0 };

  it('answers a valid message from its allowed sender through sendResponse and keeps the channel open', async () => {
    const { reply, keptOpen } = await dispatch(
      router(),
      { type: 'contentToBackground:findPerson', payload: { idNumber: '11010519491231002X' } },
      contentScript,
    );
    expect(keptOpen).toBe(true);
    expect(reply).toEqual({ ok: true, data: null });
    expect(findPerson).toHaveBeenCalledWith({ idNumber: '11010519491231002X' }, contentScript);
  });

  it('refuses a content-script message from another extension, a subframe or an extension page', async () => {
    const message = { type: 'contentToBackground:findPerson', payload: { idNumber: '1' } };
    for (const sender of [{ ...contentScript, id: 'other' }, { ...contentScript, frameId: 3 }, popup]) {
      const { reply } = await dispatch(router(), message, sender);
      expect(reply.ok).toBe(false);
    }
    expect(findPerson).not.toHaveBeenCalled();
  });

  it('refuses a popup message from a content script', async () => {
    const { reply } = await dispatch(router(), { type: 'popupToBackground:getTimeSaved', payload: {} }, contentScript);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('sender not allowed') });
  });

  it('refuses payloads that do not validate: wrong type, extra fields, oversized strings', async () => {
    const type = 'contentToBackground:findPerson';
    for (const payload of [{ idNumber: 5 }, { idNumber: '1', extra: true }, { idNumber: 'x'.repeat(33) }, undefined]) {
      const { reply } = await dispatch(router(), { type, payload }, contentScript);
      expect(reply).toEqual({ ok: false, error: expect.stringContaining('invalid payload') });
    }
    expect(findPerson).not.toHaveBeenCalled();
  });

  it('ignores message names it does not handle, so another listener may answer', () => {
    const sendResponse = vi.fn();
    const handled = router()({ type: 'popupToContent:getPageSummary', payload: {} }, popup, sendResponse);
    expect(handled).toBe(false);
    expect(router()({ type: 'toString', payload: {} }, popup, sendResponse)).toBe(false);
    expect(router()(null, popup, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('turns a handler error into an error reply', async () => {
    findPerson.mockRejectedValueOnce(new Error('database closed'));
    const { reply } = await dispatch(
      router(),
      { type: 'contentToBackground:findPerson', payload: { idNumber: '1' } },
      contentScript,
    );
    expect(reply).toEqual({ ok: false, error: 'database closed' });
  });
});

describe('request over the runtime', () => {
  it('round-trips through runtime messaging and unwraps the reply', async () => {
    const origin = fakeBrowser.runtime.getURL('/');
    const listener = createMessageRouter(
      { 'popupToBackground:getTimeSaved': () => ({ todaySeconds: 12, totalSeconds: 40, fillCount: 2, fieldCount: 9 }) },
      { extensionId: fakeBrowser.runtime.id, extensionOrigin: origin },
    );
    // WXT's fake browser has no sender for runtime.sendMessage; this stands in for the popup's.
    const asPopup = { id: fakeBrowser.runtime.id, url: `${origin}popup.html` };
    const saved = await request(
      (envelope) => new Promise((resolve) => listener(envelope, asPopup, resolve)),
      'popupToBackground:getTimeSaved',
      {},
    );
    expect(saved.totalSeconds).toBe(40);
  });

  it('rejects with the error a refused request carries', async () => {
    const refuse = async () => ({ ok: false, error: 'sender not allowed' });
    await expect(request(refuse, 'popupToBackground:getTimeSaved', {})).rejects.toThrow('sender not allowed');
    await expect(request(async () => undefined, 'popupToBackground:getTimeSaved', {})).rejects.toThrow('no reply');
  });
});
