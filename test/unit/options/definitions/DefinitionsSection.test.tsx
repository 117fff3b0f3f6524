/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DefinitionsSection } from '../../../../components/options/definitions/DefinitionsSection';
import { resetImport } from '../../../../components/options/definitions/import-state';
import { definitionViews, listFailure, selectedIds } from '../../../../components/options/definitions/state';
import { downloadText } from '../../../../components/options/download';
import { toast } from '../../../../components/options/toast';
import { containerPerTest, show as mount, settle } from '../mount';
import { useZhMessages } from '../zh-messages';
import { definition, fakeBackground, packText } from './background';

vi.mock('../../../../components/options/download', () => ({ downloadText: vi.fn() }));

const managed = definition('county-roster', '县级花名册', 'https://roster.county.gov.cn/*');
const mine = { ...definition('dibao-application', '低保申请（本镇）', '*://dibao.localhost/apply/*'), version: 2 };
const imported = definition('township-survey', '乡镇调查', 'https://survey.gov.cn/*');

/** A county's IT desk pushes one definition; the person edited a built-in, imported one and switched another off. */
const setup = () =>
  fakeBackground({
    saved: { user: [mine], imported: [imported], disabled: ['fanpin-monitoring'] },
    managed: { pack: packText([managed]) },
  });

const container = containerPerTest();

beforeEach(() => {
  useZhMessages();
  definitionViews.value = undefined;
  listFailure.value = null;
  selectedIds.value = new Set();
  toast.value = null;
  resetImport();
});

const show = () => mount(<DefinitionsSection />, container());

const byTestId = <T extends Element = HTMLElement>(scope: ParentNode, id: string) =>
  scope.querySelector<T & Element>(`[data-testid="${id}"]`) as T | null;
const row = (id: string) => container().querySelector<HTMLElement>(`[data-testid="definitions-row"][data-id="${id}"]`);
const inRow = <T extends Element = HTMLElement>(id: string, testId: string) => {
  const found = row(id);
  if (!found) throw new Error(`no row ${id}`);
  return byTestId<T>(found, testId);
};

async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => (element as HTMLElement).click());
  await settle();
}

async function type(element: HTMLInputElement | HTMLTextAreaElement | null, value: string): Promise<void> {
  if (!element) throw new Error('nothing to type into');
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function chooseFile(text: string, name = 'pack.json'): Promise<void> {
  const input = byTestId<HTMLInputElement>(container(), 'definitions-import-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('the portal definitions section', () => {
  it('lists each definition with its source, the one in force for each id', async () => {
    setup();
    await show();
    const rows = [...container().querySelectorAll<HTMLElement>('[data-testid="definitions-row"]')];
    expect(rows.map((shown) => [shown.dataset.id, shown.dataset.source])).toEqual([
      ['county-roster', 'managed'],
      ['dibao-application', 'user'],
      ['township-survey', 'imported'],
      ['fanpin-monitoring', 'builtin'],
    ]);
    expect(rows.map((shown) => shown.querySelector('.kind')?.textContent)).toEqual([
      '单位统一配置',
      '我的',
      '导入',
      '内置',
    ]);
    expect(inRow('dibao-application', 'definition-hides')?.textContent).toBe('修改自内置定义');
    expect(inRow<HTMLInputElement>('fanpin-monitoring', 'definition-enabled')?.checked).toBe(false);
    expect(inRow<HTMLInputElement>('township-survey', 'definition-enabled')?.checked).toBe(true);
    expect(row('township-survey')?.textContent).toContain('https://survey.gov.cn/*');
  });

  it('shows a managed definition read-only, and a built-in one without delete', async () => {
    setup();
    await show();
    expect(inRow('county-roster', 'definition-managed-note')?.textContent).toBe('由单位统一配置，不能修改');
    for (const control of ['definition-enabled', 'definition-rename', 'definition-patterns', 'definition-delete']) {
      expect(inRow<HTMLButtonElement>('county-roster', control)?.disabled, control).toBe(true);
    }
    expect(inRow('fanpin-monitoring', 'definition-delete')).toBeNull();
    expect(inRow<HTMLButtonElement>('fanpin-monitoring', 'definition-rename')?.disabled).toBe(false);
    expect(inRow('township-survey', 'definition-managed-note')).toBeNull();
  });

  it("renames a built-in one in place, as the person's own copy", async () => {
    const background = setup();
    await show();
    await click(inRow('fanpin-monitoring', 'definition-rename'));
    const input = inRow<HTMLInputElement>('fanpin-monitoring', 'definition-name-input');
    expect(input?.value).toBe('防返贫监测户信息采集');
    await type(input, '  防返贫监测（本镇）  ');
    await click(inRow('fanpin-monitoring', 'definition-save'));

    expect(inRow('fanpin-monitoring', 'definition-name-input')).toBeNull();
    expect(row('fanpin-monitoring')?.dataset.source).toBe('user');
    expect(row('fanpin-monitoring')?.querySelector('.definition-name')?.textContent).toBe('防返贫监测（本镇）');
    expect(inRow('fanpin-monitoring', 'definition-hides')?.textContent).toBe('修改自内置定义');
    const stored = background.definitions.stored() as { user: Array<{ id: string; name: string; version: number }> };
    expect(stored.user.find((kept) => kept.id === 'fanpin-monitoring')).toMatchObject({
      name: '防返贫监测（本镇）',
      version: 2,
    });
    expect(toast.value?.text).toBe('已保存「防返贫监测（本镇）」');
  });

  it('refuses an empty name in the page', async () => {
    const background = setup();
    await show();
    await click(inRow('township-survey', 'definition-rename'));
    await type(inRow('township-survey', 'definition-name-input'), '   ');
    await click(inRow('township-survey', 'definition-save'));
    expect(inRow('township-survey', 'definition-edit-error')?.textContent).toBe('名称不能为空。');
    expect(background.calls).not.toContain('optionsToBackground:updateDefinition');
  });

  it('saves patterns one a line, and keeps a refused edit open with the reason', async () => {
    const background = setup();
    await show();
    await click(inRow('township-survey', 'definition-patterns'));
    const area = inRow<HTMLTextAreaElement>('township-survey', 'definition-patterns-input');
    expect(area?.value).toBe('https://survey.gov.cn/*');

    await type(area, 'https://survey.gov.cn/*\nnot a pattern');
    await click(inRow('township-survey', 'definition-save'));
    const error = inRow('township-survey', 'definition-edit-error')?.textContent ?? '';
    expect(error.startsWith('未能保存：')).toBe(true);
    expect(error).toContain('not a URL pattern');
    expect(inRow('township-survey', 'definition-patterns-input')).not.toBeNull();

    await type(area, 'https://survey.gov.cn/*\n\n  *://*.survey.gov.cn/form/*  \n');
    await click(inRow('township-survey', 'definition-save'));
    expect(inRow('township-survey', 'definition-patterns-input')).toBeNull();
    expect([...(row('township-survey')?.querySelectorAll('.patterns li') ?? [])].map((li) => li.textContent)).toEqual([
      'https://survey.gov.cn/*',
      '*://*.survey.gov.cn/form/*',
    ]);
    const stored = background.definitions.stored() as { user: Array<{ id: string; match: { urls: string[] } }> };
    expect(stored.user.find((kept) => kept.id === 'township-survey')?.match.urls).toEqual([
      'https://survey.gov.cn/*',
      '*://*.survey.gov.cn/form/*',
    ]);
  });

  it('deletes only after the confirm, and the built-in of the same id shows again', async () => {
    setup();
    await show();
    await click(inRow('dibao-application', 'definition-delete'));
    expect(row('dibao-application')?.dataset.source).toBe('user');
    expect(row('dibao-application')?.querySelector('.delete-confirm')?.textContent).toContain(
      '删除「低保申请（本镇）」？ 删除后恢复内置定义。',
    );
    await click(inRow('dibao-application', 'definition-delete-confirm'));
    expect(row('dibao-application')?.dataset.source).toBe('builtin');
    expect(row('dibao-application')?.querySelector('.definition-name')?.textContent).toBe('低保申请');
    expect(inRow('dibao-application', 'definition-delete')).toBeNull();
  });

  it('switches a definition on, and back as it was when the background refuses', async () => {
    const background = setup();
    await show();
    await click(inRow('fanpin-monitoring', 'definition-enabled'));
    expect(inRow<HTMLInputElement>('fanpin-monitoring', 'definition-enabled')?.checked).toBe(true);
    expect((background.definitions.stored() as { disabled: string[] }).disabled).toEqual([]);
    expect(toast.value?.text).toBe('已启用「防返贫监测户信息采集」');

    background.fail('optionsToBackground:updateDefinition', 'storage is full');
    await click(inRow('township-survey', 'definition-enabled'));
    expect(inRow<HTMLInputElement>('township-survey', 'definition-enabled')?.checked).toBe(true);
    expect(toast.value).toMatchObject({ text: '出错了：storage is full', tone: 'error' });
  });

  it('exports the ticked definitions as one pack, in the order shown', async () => {
    setup();
    await show();
    const button = byTestId<HTMLButtonElement>(container(), 'definitions-export');
    expect(button?.disabled).toBe(true);
    expect(inRow<HTMLInputElement>('county-roster', 'definition-select')?.disabled).toBe(true);
    await click(inRow('township-survey', 'definition-select'));
    await click(inRow('dibao-application', 'definition-select'));
    expect(button?.textContent).toBe('导出所选（2）');
    await click(button);

    expect(downloadText).toHaveBeenCalledTimes(1);
    const [fileName, content] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('fillonce-definitions-2026-12-06.json');
    const pack = JSON.parse(content ?? '') as { format: string; definitions: Array<{ id: string; name: string }> };
    expect(pack.format).toBe('fillonce-definitions');
    expect(pack.definitions.map(({ id, name }) => [id, name])).toEqual([
      ['dibao-application', '低保申请（本镇）'],
      ['township-survey', '乡镇调查'],
    ]);
    expect(toast.value?.text).toBe('已导出 2 个门户定义：fillonce-definitions-2026-12-06.json');
  });
});

describe('importing a pack of definitions', () => {
  const pack = packText([
    definition('village-census', '村级普查', 'https://census.gov.cn/report/*'),
    { ...imported, name: '乡镇调查（2026）', match: { urls: ['*://survey.gov.cn/*'] } },
    definition('fanpin-monitoring', '另一个防返贫', 'https://other.gov.cn/*'),
  ]);

  it('previews each definition, asks for its sites first in the click, and imports whatever the answer', async () => {
    const background = setup();
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      background.calls.push('permissions.request');
      return false;
    });
    await show();
    await chooseFile(pack);

    const preview = byTestId(container(), 'definitions-import-preview');
    const items = [...(preview?.querySelectorAll<HTMLElement>('[data-testid="definitions-import-item"]') ?? [])];
    expect(
      items.map((item) => [item.dataset.id, item.dataset.status, item.querySelector('.import-status')?.textContent]),
    ).toEqual([
      ['village-census', 'new', '新增'],
      ['township-survey', 'changed', '有变化'],
      ['fanpin-monitoring', 'conflict', '冲突：与内置定义同 id，不会导入'],
    ]);
    expect(
      [...(preview?.querySelectorAll('[data-testid="definitions-import-origins"] li') ?? [])].map(
        (li) => li.textContent,
      ),
    ).toEqual(['*://survey.gov.cn/*', 'https://census.gov.cn/*']);
    const confirm = byTestId<HTMLButtonElement>(container(), 'definitions-import-confirm');
    expect(confirm?.textContent).toBe('导入（2 个）');
    expect(background.calls).not.toContain('optionsToBackground:importDefinitions');

    confirm?.click();
    // Asked within the click itself, before anything waited and before the import was sent.
    expect(request).toHaveBeenCalledWith({ origins: ['*://survey.gov.cn/*', 'https://census.gov.cn/*'] });
    expect(background.calls.slice(-2)).toEqual(['permissions.request', 'optionsToBackground:importDefinitions']);
    await settle();

    const done = byTestId(container(), 'definitions-import-done');
    expect(done?.querySelector('p')?.textContent).toBe('已导入 2 个门户定义。 1 个没有导入（相同或冲突）。');
    expect(byTestId(container(), 'definitions-import-permission')?.textContent).toContain(
      '没有获得访问这些网站的许可：在这些网站上启用填一次之前，它不会在那里运行。',
    );
    expect(byTestId(container(), 'definitions-import-preview')).toBeNull();
    expect(row('village-census')?.dataset.source).toBe('imported');
    expect(row('township-survey')?.querySelector('.definition-name')?.textContent).toBe('乡镇调查（2026）');
    expect(row('fanpin-monitoring')?.dataset.source).toBe('builtin');
  });

  it('says nothing of the sites when they were granted', async () => {
    setup();
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    await show();
    await chooseFile(pack);
    await click(byTestId(container(), 'definitions-import-confirm'));
    expect(byTestId(container(), 'definitions-import-done')).not.toBeNull();
    expect(byTestId(container(), 'definitions-import-permission')).toBeNull();
  });

  it('has nothing to import when every definition is already here', async () => {
    setup();
    await show();
    await chooseFile(packText([imported]));
    expect(byTestId(container(), 'definitions-import-item')?.dataset.status).toBe('same');
    expect(byTestId<HTMLButtonElement>(container(), 'definitions-import-confirm')?.disabled).toBe(true);
  });

  it('shows why a file was refused, at most ten errors, and writes nothing', async () => {
    const background = setup();
    await show();
    await chooseFile('{ not json');
    expect(byTestId(container(), 'definitions-import-error')?.textContent).toBe(
      '这个文件不能导入，没有写入任何定义：(the file): not JSON',
    );

    const badIds = Array.from({ length: 12 }, (_, index) => definition(`Bad_${index}`, '坏的', 'https://bad.gov.cn/*'));
    await chooseFile(packText(badIds));
    const error = byTestId(container(), 'definitions-import-error');
    const lines = [...(error?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('definitions[0].id: lower-case letters, digits and -, at most 64');
    expect(error?.textContent).toContain('以及另外 2 处问题');
    expect(byTestId(container(), 'definitions-import-confirm')).toBeNull();
    expect(background.calls).not.toContain('optionsToBackground:importDefinitions');
    expect((background.definitions.stored() as { imported: unknown[] }).imported).toHaveLength(1);
  });
});
