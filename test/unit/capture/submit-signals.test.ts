// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { submitButtonOf, submitSucceeded } from '../../../lib/capture';

const button = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild?.querySelector('span') ?? document.body.firstElementChild;
};

/** The mutation records for what a change to the page adds. */
async function mutations(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document.body, { childList: true, subtree: true });
  change();
  await new Promise((resume) => setTimeout(resume, 0));
  observer.disconnect();
  return seen;
}

describe('a submit-like button', () => {
  it.each(['提交', '提 交', '保存', '立即提交', '确认提交', '上报', 'Submit', 'save'])(
    'is one that says %s',
    (text) => {
      expect(submitButtonOf(button(`<button type="button"><span>${text}</span></button>`) as Element)).not.toBeNull();
    },
  );

  it.each(['确定', '申请', '取消', 'Apply', 'Send', '搜索', '草稿'])('is not one that says %s', (text) => {
    expect(submitButtonOf(button(`<button type="button">${text}</button>`) as Element)).toBeNull();
  });
});

describe('the signs a submit went through', () => {
  it('are the form leaving the page', async () => {
    document.body.innerHTML = '<div id="app"><input id="a"><input id="b"></div>';
    const fields = [...document.querySelectorAll('input')];
    const records = await mutations(() => {
      (document.getElementById('app') as HTMLElement).innerHTML = '<p>谢谢</p>';
    });
    expect(submitSucceeded(records, fields)).toBe(true);
  });

  it('are a success message the page adds, and not one already there', async () => {
    document.body.innerHTML = '<p>提示：提交成功后请等待审核</p><form><input></form>';
    const fields = [...document.querySelectorAll('input')];
    const quiet = await mutations(() => document.body.append(document.createElement('span')));
    expect(submitSucceeded(quiet, fields)).toBe(false);
    const said = await mutations(() => {
      const message = document.createElement('div');
      message.className = 'el-message';
      message.textContent = '保存成功';
      document.body.append(message);
    });
    expect(submitSucceeded(said, fields)).toBe(true);
  });
});
