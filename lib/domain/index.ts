export type * from './people';
export type * from './records';
export type * from './views';
