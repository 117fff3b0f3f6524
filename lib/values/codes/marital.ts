import type { CodeList } from './types';

// GB/T 2261.2-2003 个人基本信息分类与代码 第2部分：婚姻状况代码.
// 初婚/再婚/复婚 are kinds of 已婚 with their own codes, so they stay separate entries.
export const MARITAL_CODES: CodeList = [
  { code: '10', name: '未婚', synonyms: [] },
  { code: '20', name: '已婚', synonyms: ['有配偶'] },
  { code: '21', name: '初婚', synonyms: [] },
  { code: '22', name: '再婚', synonyms: [] },
  { code: '23', name: '复婚', synonyms: [] },
  { code: '30', name: '丧偶', synonyms: [] },
  { code: '40', name: '离婚', synonyms: [] },
  { code: '90', name: '未说明的婚姻状况', synonyms: ['未说明'] },
];
