import { normalizeDate, parseDate } from '../../values';
import type { FieldDefinition } from './types';

/** What a form asks about its own filling in, not about anybody. */
export const FORM_FIELDS: readonly FieldDefinition[] = [
  {
    key: 'form.fill-date',
    kind: 'date',
    moment: true,
    zh: [
      '填表日期',
      '填表时间',
      '填报日期',
      '填报时间',
      '填写日期',
      '申请日期',
      '申请时间',
      '申报日期',
      '申报时间',
      '采集日期',
      '采集时间',
      '登记日期',
      '登记时间',
      '调查日期',
      '提交日期',
    ],
    en: ['date of application', 'application date', 'date completed', 'date of filing'],
    nameHints: [
      'tbrq',
      'sqrq',
      'sbrq',
      'cjrq',
      'djrq',
      'txrq',
      'tbsj',
      'sqsj',
      'sbsj',
      'cjsj',
      'djsj',
      'dcrq',
      'tjrq',
      'fill date',
      'apply date',
    ],
    normalize: normalizeDate,
    validate: (value) => parseDate(value) !== null,
  },
];
