import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectText } from './expect-text';
import { type E2ESession, startSession } from './session';

let session: E2ESession;

beforeAll(async () => {
  session = await startSession({ language: 'en' });
});
afterAll(() => session?.close());

describe('English UI', () => {
  it('speaks English in the panel and the popup when the browser does', async () => {
    const page = await session.context.newPage();
    await page.goto(session.portalUrl('dibao'));
    await expectText(page.getByTestId('fillonce-fill-all'), 'Fill all');
    await expectText(page.getByTestId('fillonce-undo'), 'Undo');
    const popup = await session.openPopupFor(page);
    await expectText(popup.locator('.saved-label').first(), 'Saved today');
  });
});
