import type { CodeList } from './types';

// GB/T 4762-1984 政治面貌代码, with the short forms people actually write on forms.
export const POLITICAL_CODES: CodeList = [
  { code: '01', name: '中国共产党党员', synonyms: ['中共党员', '党员', '共产党员'] },
  { code: '02', name: '中国共产党预备党员', synonyms: ['中共预备党员', '预备党员'] },
  { code: '03', name: '中国共产主义青年团团员', synonyms: ['共青团员', '团员'] },
  { code: '04', name: '中国国民党革命委员会会员', synonyms: ['民革会员', '民革党员', '民革'] },
  { code: '05', name: '中国民主同盟盟员', synonyms: ['民盟盟员', '民盟'] },
  { code: '06', name: '中国民主建国会会员', synonyms: ['民建会员', '民建'] },
  { code: '07', name: '中国民主促进会会员', synonyms: ['民进会员', '民进'] },
  { code: '08', name: '中国农工民主党党员', synonyms: ['农工党党员', '农工党'] },
  { code: '09', name: '中国致公党党员', synonyms: ['致公党党员', '致公党'] },
  { code: '10', name: '九三学社社员', synonyms: ['九三学社'] },
  { code: '11', name: '台湾民主自治同盟盟员', synonyms: ['台盟盟员', '台盟'] },
  // The 1984 text says 无党派民主人士; forms today mostly print 无党派人士.
  { code: '12', name: '无党派人士', synonyms: ['无党派民主人士', '无党派'] },
  // 无 on a 政治面貌 line means no affiliation at all, which is 群众, not 无党派人士.
  { code: '13', name: '群众', synonyms: ['普通居民', '无'] },
];
