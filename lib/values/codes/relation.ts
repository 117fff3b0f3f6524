import type { CodeList } from './types';

// GB/T 4761-2008 家庭关系代码, with the words household registers and forms also use.
// Only the entries a 户口簿 commonly shows; a form's own numbering is read by option text first.
// 子女 and 孙子女 are the groups some forms offer instead: they name the son and the daughter alike.
export const RELATION_CODES: CodeList = [
  { code: '01', name: '本人', synonyms: [] },
  { code: '02', name: '户主', synonyms: [] },
  { code: '10', name: '配偶', synonyms: ['夫妻', '之配偶'] },
  { code: '11', name: '夫', synonyms: ['丈夫'] },
  { code: '12', name: '妻', synonyms: ['妻子'] },
  { code: '20', name: '子', synonyms: ['儿子', '之子', '子女'] },
  { code: '21', name: '独生子', synonyms: [] },
  { code: '22', name: '长子', synonyms: [] },
  { code: '23', name: '次子', synonyms: [] },
  { code: '28', name: '女婿', synonyms: [] },
  { code: '30', name: '女', synonyms: ['女儿', '之女', '子女'] },
  { code: '31', name: '独生女', synonyms: [] },
  { code: '32', name: '长女', synonyms: [] },
  { code: '33', name: '次女', synonyms: [] },
  { code: '38', name: '儿媳', synonyms: ['儿媳妇'] },
  { code: '41', name: '孙子', synonyms: ['之孙子', '之孙', '孙子女'] },
  { code: '42', name: '孙女', synonyms: ['之孙女', '孙子女'] },
  { code: '43', name: '外孙子', synonyms: ['外孙', '外孙子女'] },
  { code: '44', name: '外孙女', synonyms: ['外孙子女'] },
  { code: '50', name: '父母', synonyms: [] },
  { code: '51', name: '父亲', synonyms: ['父'] },
  { code: '52', name: '母亲', synonyms: ['母'] },
  { code: '61', name: '祖父', synonyms: [] },
  { code: '62', name: '祖母', synonyms: [] },
  { code: '71', name: '兄', synonyms: ['哥哥'] },
  { code: '73', name: '弟', synonyms: ['弟弟'] },
  { code: '75', name: '姐姐', synonyms: ['姐'] },
  { code: '77', name: '妹妹', synonyms: ['妹'] },
  { code: '99', name: '其他', synonyms: ['其他亲属'] },
];

/** Where a relation stands in a household register, 户主 first: the order member rows are listed in. */
export function relationRank(relation: string): number {
  const entry = RELATION_CODES.find(
    (candidate) => candidate.name === relation || candidate.synonyms.includes(relation),
  );
  return entry ? Number(entry.code) : 100;
}
