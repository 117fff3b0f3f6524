import type { PortalDefinition } from '../types';

/** 防返贫监测户信息采集: a legacy table-layout form that submits by navigating. */
export const fanpinMonitoring: PortalDefinition = {
  id: 'fanpin-monitoring',
  name: '防返贫监测户信息采集',
  matches: ['*://fanpin.localhost/collect/*'],
  examples: ['http://fanpin.localhost:4610/collect/', 'http://fanpin.localhost/collect/?from=menu'],
  fields: {
    'input[name="xm"]': 'name',
    'select[name="xb"]': 'sex',
    'input[name="sfzh"]': 'id-number',
    'input[name="lxdh"]': 'tel',
    'input[name="jtzz"]': 'street-address',
    'input[name="jtrks"]': 'household.size',
    'input[name="jtnsr"]': 'household.annual-income',
  },
  submit: {},
  capture: 'always',
};
