import type { CodeList } from './types';

// GB/T 4658-2006 学历代码. Top-level codes (x0) plus the 毕业 codes forms list on their own:
// 11 博士 and 14 硕士 (12/13 are 博士 结业/肄业), and under 40 中等职业教育 the three school kinds
// 41 中专, 44 职高, 47 技校. 结业 and 肄业 are left out on purpose: they are not 毕业 and must not
// match a plain 本科 or 高中.
export const EDUCATION_CODES: CodeList = [
  { code: '10', name: '研究生', synonyms: ['研究生教育', '研究生学历'] },
  { code: '11', name: '博士研究生', synonyms: ['博士', '博士研究生毕业'] },
  { code: '14', name: '硕士研究生', synonyms: ['硕士', '硕士研究生毕业'] },
  { code: '20', name: '大学本科', synonyms: ['本科', '大学本科教育', '大学本科毕业', '本科毕业'] },
  { code: '30', name: '大学专科', synonyms: ['大专', '专科', '专科教育', '大学专科教育', '大学专科毕业', '大专毕业'] },
  { code: '40', name: '中等职业教育', synonyms: ['中职'] },
  { code: '41', name: '中等专科', synonyms: ['中专', '中等专科毕业', '中专毕业', '中等专业学校'] },
  { code: '44', name: '职业高中', synonyms: ['职高', '职业高中毕业', '职高毕业'] },
  { code: '47', name: '技工学校', synonyms: ['技校', '技工学校毕业', '技校毕业'] },
  { code: '60', name: '普通高中', synonyms: ['高中', '普通高级中学教育', '普通高中毕业', '高中毕业'] },
  { code: '70', name: '初中', synonyms: ['初级中学教育', '初中毕业'] },
  { code: '80', name: '小学', synonyms: ['小学教育', '小学毕业'] },
  // The 2006 text names 90 just 其他; it is where 文盲或半文盲 (the 1984 wording) is coded.
  { code: '90', name: '其他', synonyms: ['文盲或半文盲', '文盲', '半文盲'] },
];
