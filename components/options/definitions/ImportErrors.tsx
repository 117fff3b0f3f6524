import type { PackError } from '../../../lib/portals';
import { t } from '../../i18n';
import { errorLines } from './labels';

/** Why a pack was refused, each error with where it is; nothing of it was written. */
export function ImportErrors({ errors }: { errors: readonly PackError[] }) {
  const { lines, more } = errorLines(errors);
  return (
    <div class="alert alert-error" role="alert" data-testid="definitions-import-error">
      <p>
        <strong>{t('definitionsImportRejected')}</strong>
      </p>
      <ul class="error-lines">
        {lines.map((line) => (
          <li key={line} class="mono">
            {line}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t('definitionsImportMore', more)}</p>}
    </div>
  );
}
