import type { PortalDefinition } from '../types';

/** 低保申请: an Element Plus single-page app that submits by a button and a message. */
export const dibaoApplication: PortalDefinition = {
  id: 'dibao-application',
  name: '低保申请',
  matches: ['*://dibao.localhost/apply/*'],
  examples: ['http://dibao.localhost:4610/apply/', 'https://dibao.localhost/apply/#/new'],
  fields: {
    '#apply-name': 'name',
    '#apply-id-number': 'id-number',
    '#apply-phone': 'tel',
    '#apply-address': 'street-address',
    '#apply-household-size': 'household.size',
    '#apply-annual-income': 'household.annual-income',
  },
  submit: { button: '.el-button--primary', success: '.el-message--success, .el-result' },
  capture: 'always',
};
