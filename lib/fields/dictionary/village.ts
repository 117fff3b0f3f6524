import { parseArea } from '../../values';
import { numberText, parseCount } from './numbers';
import type { FieldDefinition } from './types';

/** A village's own figures, as its annual statistical report asks them. */
export const VILLAGE_FIELDS: readonly FieldDefinition[] = [
  {
    key: 'village.population',
    kind: 'number',
    zh: [
      '总人口',
      '户籍人口',
      '户籍总人口',
      '总人口数',
      '全村人口',
      '村总人口',
      '户籍人口数',
      '年末户籍人口',
      '年末总人口',
    ],
    en: ['population', 'total population'],
    nameHints: ['zrk', 'hjrk', 'population', 'hjzrk', 'zrks', 'qcrk', 'czrk', 'hjrks', 'nmhjrk', 'nmzrk'],
    normalize: (raw) => numberText(parseCount(raw)),
    validate: (value) => parseCount(value) !== null,
    periodic: true,
  },
  {
    key: 'village.households',
    kind: 'number',
    zh: ['总户数', '户数', '户籍户数', '全村户数', '年末总户数', '农户数'],
    en: ['number of households', 'total households'],
    nameHints: ['zhs', 'households', 'hjhs', 'qchs', 'nmzhs'],
    normalize: (raw) => numberText(parseCount(raw)),
    validate: (value) => parseCount(value) !== null,
    periodic: true,
  },
  {
    key: 'village.labor-force',
    kind: 'number',
    zh: ['劳动力人数', '劳动力', '劳动力数', '乡村劳动力', '劳动力资源数', '从业人员数'],
    en: ['labor force', 'labour force'],
    nameHints: ['ldl', 'ldlrs', 'labor force', 'ldls', 'xcldl', 'ldlzys', 'cyrys'],
    normalize: (raw) => numberText(parseCount(raw)),
    validate: (value) => parseCount(value) !== null,
    periodic: true,
  },
  {
    key: 'village.farmland-area',
    kind: 'number',
    zh: ['村耕地面积', '全村耕地面积', '集体耕地面积', '耕地总面积', '村集体耕地面积'],
    en: ['village farmland area'],
    nameHints: ['cgdmj', 'village farmland', 'qcgdmj', 'gdzmj', 'cjtgdmj'],
    normalize: (raw) => numberText(parseArea(raw)),
    validate: (value) => parseArea(value) !== null,
    periodic: true,
  },
];
