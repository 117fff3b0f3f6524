import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openRecords, type RecordsDb } from '../../../lib/records';
import { createBackgroundHandlers, createNoticeStore, NOTICE_TTL_MS } from '../../../lib/service';
import { SAMPLE_PEOPLE } from '../../fixtures/sample-people';
import { memoryDefinitions } from './memory-definitions';

const person = SAMPLE_PEOPLE[0] as (typeof SAMPLE_PEOPLE)[0];
const source = {
  portalId: 'fanpin-monitoring',
  portalName: '防返贫监测户信息采集',
  url: 'http://fanpin.localhost/collect/',
};
const tab7 = { id: 'x', url: source.url, tab: { id: 7 }, frameId: 0 };

let db: RecordsDb;
let clock = 0;
let run = 0;
let engineCalls: string[] = [];
beforeEach(async () => {
  db = await openRecords(`handlers-${++run}`);
  clock = new Date(2026, 10, 26, 10, 0).getTime();
  engineCalls = [];
});
afterEach(() => db.close());

function handlers() {
  return createBackgroundHandlers({
    db: async () => db,
    notices: createNoticeStore(fakeBrowser.storage.session),
    engine: {
      start: async (tabId, frameId) => {
        engineCalls.push(`start ${tabId}/${frameId}`);
      },
      startAfterNextLoad: (tabId) => engineCalls.push(`after load ${tabId}`),
    },
    definitions: memoryDefinitions(),
    now: () => clock,
  });
}

const submit = (expectNavigation: boolean) => ({
  source,
  fields: [
    { key: 'id-number', value: person.idNumber, filled: false, typed: true },
    { key: 'name', value: person.name, filled: false, typed: true },
  ],
  fieldsAsked: ['id-number', 'name'],
  focusToSubmitMs: null,
  expectNavigation,
});

describe('what the background keeps of a page', () => {
  it('asks nothing and keeps nothing of a submission with no ID number, credit code or household number', async () => {
    const h = handlers();
    const login = {
      ...submit(false),
      fields: [
        { key: 'name', value: 'zhangsan', filled: false, typed: true },
        { key: 'id-number', value: '110101198001011234', filled: false, typed: true },
      ],
    };
    const unlisted = { ...tab7, url: 'http://10.20.0.1/login.html' };
    expect(await h['contentToBackground:captureSubmission'](login, unlisted)).toEqual({
      saved: false,
      reason: 'no-record-key',
      fieldCount: 2,
    });
    expect(await h['contentToBackground:savePendingCapture']({}, unlisted)).toEqual({
      saved: false,
      reason: 'expired',
    });
    expect(await db.count('submissions')).toBe(0);
  });

  it('takes the URL and the portal from the sender, never from what the page says', async () => {
    const h = handlers();
    const lying = {
      ...source,
      url: 'http://elsewhere.example/',
      portalId: 'dibao-application',
      portalName: '低保申请',
    };
    await h['contentToBackground:captureSubmission']({ ...submit(false), source: lying }, tab7);
    await h['contentToBackground:recordFill']({ source: lying, values: [{ key: 'tel', value: person.tel }] }, tab7);
    const [submission] = await db.getAll('submissions');
    const [fill] = await db.getAll('fills');
    for (const kept of [submission?.source, fill?.source]) {
      expect(kept).toMatchObject({ url: tab7.url, portalId: 'fanpin-monitoring', portalName: '防返贫监测户信息采集' });
    }
  });

  it("names an unlisted page's portal in the page's own words", async () => {
    const h = handlers();
    const page = { ...tab7, url: 'http://10.20.0.1/jzfp/form.html' };
    const own = { ...source, url: 'http://forged.example/', portalId: 'fanpin-monitoring', portalName: '精准扶贫登记' };
    await h['contentToBackground:recordFill']({ source: own, values: [{ key: 'tel', value: person.tel }] }, page);
    const [fill] = await db.getAll('fills');
    expect(fill?.source).toMatchObject({ url: page.url, portalId: null, portalName: '精准扶贫登记' });
  });
});

describe('background handlers', () => {
  it('starts the engine in the sending tab and frame only', async () => {
    const h = handlers();
    expect(await h['contentToBackground:startEngine']({}, tab7)).toEqual({ started: true });
    expect(await h['contentToBackground:startEngine']({}, { id: 'x', url: source.url })).toEqual({ started: false });
    expect(engineCalls).toEqual(['start 7/0']);
  });

  it('starts the engine on the next page when a capture navigates, which may hold no form', async () => {
    const h = handlers();
    await h['contentToBackground:captureSubmission'](submit(false), tab7);
    expect(engineCalls).toEqual([]);
    await h['contentToBackground:captureSubmission'](submit(true), tab7);
    expect(engineCalls).toEqual(['after load 7']);
  });

  it('keeps a notice for the next page when a capture navigates, once, for a minute', async () => {
    const h = handlers();
    const result = await h['contentToBackground:captureSubmission'](submit(true), tab7);
    expect(result.saved).toBe(true);
    const notice = await h['contentToBackground:takeCaptureNotice']({}, tab7);
    expect(notice).toMatchObject({ savedCount: 2, portalName: source.portalName });
    expect(await h['contentToBackground:takeCaptureNotice']({}, tab7)).toBeNull();

    await h['contentToBackground:captureSubmission'](submit(true), tab7);
    clock += NOTICE_TTL_MS + 1;
    expect(await h['contentToBackground:takeCaptureNotice']({}, tab7)).toBeNull();
  });

  it('leaves no notice when the page confirms in place', async () => {
    const h = handlers();
    await h['contentToBackground:captureSubmission'](submit(false), tab7);
    expect(await h['contentToBackground:takeCaptureNotice']({}, tab7)).toBeNull();
  });

  it('counts time saved by fills today and in total, and stops counting an undone fill', async () => {
    const h = handlers();
    const values = [
      { key: 'tel', value: person.tel },
      { key: 'street-address', value: person.address },
    ];
    const yesterday = await h['contentToBackground:recordFill']({ source, values }, tab7);
    clock += 24 * 3600 * 1000;
    const today = await h['contentToBackground:recordFill']({ source, values }, tab7);
    expect(today.secondsSaved).toBeGreaterThan(0);
    let saved = await h['popupToBackground:getTimeSaved']({}, tab7);
    expect(saved.todaySeconds).toBe(today.secondsSaved);
    expect(saved.totalSeconds).toBeCloseTo(today.secondsSaved + yesterday.secondsSaved);

    expect(await h['contentToBackground:undoFill']({ fillId: today.fillId }, tab7)).toEqual({ undone: true });
    saved = await h['popupToBackground:getTimeSaved']({}, tab7);
    expect(saved.todaySeconds).toBe(0);
    expect(saved.fillCount).toBe(1);
  });

  it('finds the person a capture created, by ID number and by entity id', async () => {
    const h = handlers();
    const result = await h['contentToBackground:captureSubmission'](submit(false), tab7);
    if (!result.saved) throw new Error('expected a save');
    const byNumber = await h['contentToBackground:findPerson']({ idNumber: person.idNumber }, tab7);
    const byId = await h['contentToBackground:getPerson']({ entityId: result.entityId }, tab7);
    expect(byNumber?.displayName).toBe(person.name);
    expect(byId).toEqual(byNumber);
  });
});
