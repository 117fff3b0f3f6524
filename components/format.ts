import { t, uiLanguage } from './i18n';

/** 11月26日 in Chinese, November 26 in English: the day staff remember reporting. */
export function formatReportDate(epochMs: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { month: 'long', day: 'numeric' }).format(epochMs);
}

export function formatDuration(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  if (seconds < 60) return t('durationSeconds', seconds);
  if (seconds < 3600) return t('durationMinutes', Math.floor(seconds / 60), seconds % 60);
  return t('durationHours', Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60));
}
