import { beforeEach, describe, expect, it } from 'vitest';
import {
  errorLines,
  hidesNote,
  importCounts,
  patternLines,
  sourceTag,
  statusText,
} from '../../../../components/options/definitions/labels';
import { useZhMessages } from '../zh-messages';

beforeEach(useZhMessages);

describe('sourceTag', () => {
  it('names each source as the table shows it', () => {
    expect(['builtin', 'user', 'imported', 'managed'].map((source) => sourceTag(source as 'builtin'))).toEqual([
      '内置',
      '我的',
      '导入',
      '单位统一配置',
    ]);
  });
});

describe('hidesNote', () => {
  it('says nothing when the definition hides none', () => {
    expect(hidesNote({ source: 'builtin', hides: null })).toBeNull();
    expect(hidesNote({ source: 'user', hides: null })).toBeNull();
  });

  it("calls a person's copy a change of what it hides", () => {
    expect(hidesNote({ source: 'user', hides: 'builtin' })).toBe('修改自内置定义');
    expect(hidesNote({ source: 'user', hides: 'imported' })).toBe('修改自导入的定义');
  });

  it('calls an imported or pushed one a replacement', () => {
    expect(hidesNote({ source: 'imported', hides: 'builtin' })).toBe('取代了同 id 的内置定义');
    expect(hidesNote({ source: 'managed', hides: 'user' })).toBe('取代了同 id 的您自己的定义');
  });
});

describe('statusText', () => {
  const item = { id: 'dibao-application', name: '低保申请' };

  it('labels what importing would do', () => {
    expect(statusText({ ...item, status: 'new' })).toBe('新增');
    expect(statusText({ ...item, status: 'changed', current: 'imported' })).toBe('有变化');
    expect(statusText({ ...item, status: 'same', current: 'imported' })).toBe('相同');
  });

  it('names the definition a conflict would have replaced', () => {
    expect(statusText({ ...item, status: 'conflict', current: 'builtin' })).toBe('冲突：与内置定义同 id，不会导入');
    expect(statusText({ ...item, status: 'conflict', current: 'managed' })).toBe(
      '冲突：与单位统一配置的定义同 id，不会导入',
    );
    expect(statusText({ ...item, status: 'conflict', current: 'user' })).toBe('冲突：与您自己的定义同 id，不会导入');
  });
});

describe('importCounts', () => {
  it('writes the new and the changed, and skips the rest', () => {
    const items = [
      { id: 'a', name: 'A', status: 'new' as const },
      { id: 'b', name: 'B', status: 'changed' as const, current: 'imported' as const },
      { id: 'c', name: 'C', status: 'same' as const, current: 'imported' as const },
      { id: 'd', name: 'D', status: 'conflict' as const, current: 'builtin' as const },
      { id: 'e', name: 'E', status: 'new' as const },
    ];
    expect(importCounts(items)).toEqual({ written: 3, skipped: 2 });
    expect(importCounts([])).toEqual({ written: 0, skipped: 0 });
  });
});

describe('errorLines', () => {
  it('writes each error as path: message', () => {
    expect(errorLines([{ path: '(the file)', message: 'not JSON' }])).toEqual({
      lines: ['(the file): not JSON'],
      more: 0,
    });
  });

  it('shows the first ten and counts the rest', () => {
    const errors = Array.from({ length: 13 }, (_, index) => ({
      path: `definitions[${index}].id`,
      message: 'lower-case letters, digits and -, at most 64',
    }));
    const { lines, more } = errorLines(errors);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('definitions[0].id: lower-case letters, digits and -, at most 64');
    expect(lines[9]).toBe('definitions[9].id: lower-case letters, digits and -, at most 64');
    expect(more).toBe(3);
  });

  it('shows exactly ten with nothing more', () => {
    const errors = Array.from({ length: 10 }, (_, index) => ({ path: `p${index}`, message: 'm' }));
    expect(errorLines(errors).more).toBe(0);
    expect(errorLines(errors, 4)).toEqual({ lines: ['p0: m', 'p1: m', 'p2: m', 'p3: m'], more: 6 });
  });
});

describe('patternLines', () => {
  it('takes one pattern a line, trimmed, without blanks or repeats', () => {
    expect(patternLines('  https://a.gov.cn/*\r\n\n*://*.b.gov.cn/form/*  \nhttps://a.gov.cn/*\n   \n')).toEqual([
      'https://a.gov.cn/*',
      '*://*.b.gov.cn/form/*',
    ]);
  });

  it('finds none in blank text', () => {
    expect(patternLines('')).toEqual([]);
    expect(patternLines(' \n\t\n')).toEqual([]);
  });
});
