import type { CodeEntry, CodeList } from './types';

// GB 3304-1991 中国各民族名称的罗马字母拼写法和代码, in the standard's order.
// 毛南族 (毛难族 until 1986) and 德昂族 (崩龙族 until 1985) keep their old names as synonyms
// because older hukou records still carry them.
const GROUPS: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['01', '汉族'],
  ['02', '蒙古族', '蒙族'],
  ['03', '回族'],
  ['04', '藏族'],
  ['05', '维吾尔族', '维族'],
  ['06', '苗族'],
  ['07', '彝族'],
  ['08', '壮族'],
  ['09', '布依族'],
  ['10', '朝鲜族'],
  ['11', '满族'],
  ['12', '侗族'],
  ['13', '瑶族'],
  ['14', '白族'],
  ['15', '土家族'],
  ['16', '哈尼族'],
  ['17', '哈萨克族'],
  ['18', '傣族'],
  ['19', '黎族'],
  ['20', '傈僳族'],
  ['21', '佤族'],
  ['22', '畲族'],
  ['23', '高山族'],
  ['24', '拉祜族'],
  ['25', '水族'],
  ['26', '东乡族'],
  ['27', '纳西族'],
  ['28', '景颇族'],
  ['29', '柯尔克孜族'],
  ['30', '土族'],
  ['31', '达斡尔族'],
  ['32', '仫佬族'],
  ['33', '羌族'],
  ['34', '布朗族'],
  ['35', '撒拉族'],
  ['36', '毛南族', '毛难族'],
  ['37', '仡佬族'],
  ['38', '锡伯族'],
  ['39', '阿昌族'],
  ['40', '普米族'],
  ['41', '塔吉克族'],
  ['42', '怒族'],
  ['43', '乌孜别克族'],
  ['44', '俄罗斯族'],
  ['45', '鄂温克族'],
  ['46', '德昂族', '崩龙族'],
  ['47', '保安族'],
  ['48', '裕固族'],
  ['49', '京族'],
  ['50', '塔塔尔族'],
  ['51', '独龙族'],
  ['52', '鄂伦春族'],
  ['53', '赫哲族'],
  ['54', '门巴族'],
  ['55', '珞巴族'],
  ['56', '基诺族'],
];

// People write 汉, 回, 维吾尔 as often as the full name; inside this list each stem is unique.
function group([code, name, ...extra]: readonly [string, string, ...string[]]): CodeEntry {
  return { code, name, synonyms: [name.slice(0, -1), ...extra] };
}

export const ETHNIC_GROUP_NAMES: readonly string[] = GROUPS.map(([, name]) => name);

export const ETHNICITY_CODES: CodeList = [
  ...GROUPS.map(group),
  { code: '97', name: '其他', synonyms: ['其他民族'] },
  { code: '98', name: '外国血统中国籍人士', synonyms: ['外国血统'] },
];
