import { uiLanguage } from '../i18n';

export const formatCount = (value: number): string => new Intl.NumberFormat(uiLanguage()).format(value);

export const formatHours = (hours: number): string =>
  new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(hours);

export const formatShare = (share: number): string =>
  new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
