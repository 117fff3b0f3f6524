import type { Page } from 'playwright-core';
import type { SamplePerson } from '../fixtures/sample-people';

// What a person does on the demo portals. Shared by the end-to-end tests and `npm run demo`.

/** Reads the Element Plus portal's own Vue form model. */
export function dibaoModel(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...(window as unknown as { __model: Record<string, string> }).__model }));
}

/** A person fills in 防返贫监测户信息采集 by hand and submits it. */
export async function submitFanpin(page: Page, url: string, person: SamplePerson): Promise<void> {
  await page.goto(url);
  await page.locator('[name=xm]').pressSequentially(person.name);
  await page.locator('[name=xb]').selectOption({ label: person.sex });
  await page.locator('[name=sfzh]').pressSequentially(person.idNumber);
  await page.locator('[name=lxdh]').pressSequentially(person.tel);
  await page.locator('[name=jtzz]').pressSequentially(person.address);
  await page.locator('[name=jtrks]').pressSequentially(person.householdSize);
  await page.locator('[name=jtnsr]').pressSequentially(person.annualIncome);
  await page.locator('[name=jclx]').selectOption({ label: '边缘易致贫户' });
  await page.locator('[name=fxms]').pressSequentially('家中主要劳动力因病无法务工');
  await Promise.all([page.waitForURL('**/collect/done'), page.locator('#btnSubmit').click()]);
}

/** A person opens 低保申请 and types the applicant's ID number. */
export async function startDibao(page: Page, url: string, person: SamplePerson): Promise<void> {
  await page.goto(url);
  await page.getByTestId('fillonce-panel').waitFor();
  await page.locator('#apply-id-number').pressSequentially(person.idNumber);
}

/** Today as the panel shows it in Chinese: 11月26日. */
export function todayInChinese(): string {
  return new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric' }).format(new Date());
}

/** A person imports a ledger on the options page: picks the file, checks the preview, confirms. */
export async function importLedger(options: Page, extensionId: string, file: { name: string; buffer: Buffer }) {
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('options-nav-import').click();
  const mimeType = file.name.endsWith('.csv')
    ? 'text/csv'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await options.getByTestId('options-import-file').setInputFiles({ ...file, mimeType });
  await options.getByTestId('options-import-preview').waitFor();
  await options.getByTestId('options-import-confirm').click();
  await options.getByTestId('options-import-result').waitFor();
}
