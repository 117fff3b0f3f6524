import { type MessageKey, t } from '../i18n';

/** Every figure's definition, one click away. */
export function Definition({ text }: { text: MessageKey }) {
  return (
    <details class="definition">
      <summary>{t('dashHow')}</summary>
      <p class="definition-text">{t(text)}</p>
    </details>
  );
}
