/**
 * The canonical field keys. A WHATWG autocomplete token where one fits, Mozilla's
 * `id-number` for identity numbers, and namespaced domain keys for the rest.
 * TODO(2026-11-26): this first dictionary is deliberately small; issue #3 makes it complete.
 */
export type FieldKind = 'text' | 'number' | 'date' | 'choice' | 'identifier';

export interface FieldDefinition {
  readonly key: string;
  readonly kind: FieldKind;
  /** Label synonyms, already in normalised form (see normalizeLabel). */
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /** Lower-case name/id fragments, including the pinyin initials Chinese portals use. */
  readonly nameHints: readonly string[];
  /** Never stored and never filled. */
  readonly secret?: boolean;
}

export const FIELD_DICTIONARY: readonly FieldDefinition[] = [
  {
    key: 'name',
    kind: 'text',
    zh: ['姓名', '申请人姓名', '真实姓名', '监测对象姓名', '本人姓名'],
    en: ['name', 'full name', 'applicant name'],
    nameHints: ['xm', 'fullname', 'realname'],
  },
  {
    key: 'household.head-name',
    kind: 'text',
    zh: ['户主姓名', '户主'],
    en: ['head of household'],
    nameHints: ['hzxm'],
  },
  {
    key: 'sex',
    kind: 'choice',
    zh: ['性别'],
    en: ['sex', 'gender'],
    nameHints: ['xb', 'sex', 'gender'],
  },
  {
    key: 'bday',
    kind: 'date',
    zh: ['出生日期', '出生年月', '生日'],
    en: ['date of birth', 'birthday', 'birth date'],
    nameHints: ['csrq', 'birthday', 'dob'],
  },
  {
    key: 'id-number',
    kind: 'identifier',
    zh: ['身份证号', '身份证号码', '公民身份号码', '居民身份证号码', '证件号码', '身份证'],
    en: ['id number', 'id card number', 'identity number'],
    nameHints: ['sfzh', 'idcard', 'idnumber', 'zjhm'],
  },
  {
    key: 'tel',
    kind: 'text',
    zh: ['联系电话', '电话', '手机号码', '手机号', '手机', '联系方式'],
    en: ['phone', 'telephone', 'mobile', 'phone number'],
    nameHints: ['lxdh', 'sjhm', 'phone', 'mobile', 'tel'],
  },
  {
    key: 'email',
    kind: 'text',
    zh: ['电子邮箱', '邮箱', '电子邮件'],
    en: ['email', 'e-mail', 'email address'],
    nameHints: ['email', 'dzyx'],
  },
  {
    key: 'street-address',
    kind: 'text',
    zh: ['家庭住址', '现居住地址', '居住地址', '现住址', '住址', '详细地址', '家庭地址', '联系地址'],
    en: ['address', 'street address', 'home address'],
    nameHints: ['jtzz', 'xzz', 'address', 'addr'],
  },
  {
    key: 'household.size',
    kind: 'number',
    zh: ['家庭人口', '家庭人口数', '家庭人数', '共同生活家庭成员人数', '户籍人口数'],
    en: ['household size', 'family size'],
    nameHints: ['jtrks', 'householdsize'],
  },
  {
    key: 'household.annual-income',
    kind: 'number',
    zh: ['家庭年收入', '家庭年纯收入', '家庭年总收入', '年收入'],
    en: ['annual household income', 'household income'],
    nameHints: ['jtnsr', 'annualincome'],
  },
  {
    key: 'household.per-capita-income',
    kind: 'number',
    zh: ['人均纯收入', '家庭人均收入', '人均年收入', '家庭年人均纯收入'],
    en: ['per capita income'],
    nameHints: ['rjsr', 'percapitaincome'],
  },
  {
    key: 'password',
    kind: 'text',
    zh: ['密码', '登录密码'],
    en: ['password'],
    nameHints: ['password', 'pwd', 'mm'],
    secret: true,
  },
  {
    key: 'captcha',
    kind: 'text',
    zh: ['验证码', '图形验证码', '短信验证码'],
    en: ['captcha', 'verification code'],
    nameHints: ['captcha', 'yzm', 'verifycode'],
    secret: true,
  },
];

const BY_KEY = new Map(FIELD_DICTIONARY.map((definition) => [definition.key, definition]));

export function fieldDefinition(key: string): FieldDefinition | undefined {
  return BY_KEY.get(key);
}

/** Secret keys (passwords, captchas) are recognised only so they can be refused. */
export function isSecretKey(key: string): boolean {
  return BY_KEY.get(key)?.secret === true;
}
