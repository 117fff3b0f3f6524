import { t } from '../i18n';
import { identifierParts } from './labels';

/** Identifiers arrive masked from the background and stay masked here: nothing can reveal more. */
export function Identifiers({ identifiers }: { identifiers: readonly string[] }) {
  if (identifiers.length === 0) return null;
  return (
    <div class="identifiers" data-testid="options-identifiers">
      <dl>
        {identifiers.map((token) => {
          const { label, value } = identifierParts(token);
          return (
            <div key={token} class="identifier">
              <dt>{label}</dt>
              <dd class="mono">{value}</dd>
            </div>
          );
        })}
      </dl>
      <p class="identifier-note">{t('optionsMaskedNote')}</p>
    </div>
  );
}
