import type { CodeList } from './types';

// GB/T 2261.1-2003 个人基本信息分类与代码 第1部分：人的性别代码.
export const SEX_CODES: CodeList = [
  { code: '0', name: '未知的性别', synonyms: ['未知'] },
  { code: '1', name: '男', synonyms: ['男性'] },
  { code: '2', name: '女', synonyms: ['女性'] },
  { code: '9', name: '未说明的性别', synonyms: ['未说明'] },
];
