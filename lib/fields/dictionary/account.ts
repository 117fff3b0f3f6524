import type { FieldDefinition } from './types';

/** Recognised so they can be refused: a password or captcha is never stored and never filled. */
export const ACCOUNT_FIELDS: readonly FieldDefinition[] = [
  {
    key: 'username',
    kind: 'text',
    zh: ['用户名', '登录名', '登录账号', '用户账号'],
    en: ['username', 'user name', 'login', 'login name', 'user id', 'userid'],
    intl: ['benutzername', 'nom d utilisateur', 'nombre de usuario', 'gebruikersnaam'],
    nameHints: ['username', 'user name', 'login', 'loginname', 'login name', 'userid', 'user id', 'yhm', 'dlzh'],
  },
  {
    key: 'password',
    kind: 'text',
    zh: ['密码', '登录密码', '确认密码', '新密码', '原密码', '再次输入密码'],
    en: ['password', 'confirm password', 'new password', 'repeat password', 'current password'],
    intl: ['passwort', 'kennwort', 'mot de passe', 'contrasena', 'wachtwoord', 'haslo', 'пароль', 'sifre', 'parola'],
    nameHints: ['password', 'passwd', 'pwd', 'pass', 'mm', 'passwort', 'dlmm', 'qrmm', 'zcsrmm'],
    secret: true,
  },
  {
    key: 'captcha',
    kind: 'text',
    zh: ['验证码', '图形验证码', '短信验证码', '校验码', '动态码', '手机验证码'],
    en: ['captcha', 'verification code', 'security code', 'enter the code'],
    nameHints: ['captcha', 'yzm', 'verify code', 'verifycode', 'checkcode', 'vcode', 'txyzm', 'dxyzm', 'sjyzm'],
    secret: true,
  },
];
