import { t } from '../../i18n';
import { ImportErrors } from './ImportErrors';
import { type ImportOutcome, permission } from './import-state';
import { importCounts } from './labels';

/** What was written, and whether FillOnce may run on the sites the new definitions name. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const { result, origins } = outcome;
  if (!result.ok) return <ImportErrors errors={result.errors} />;
  const { written, skipped } = importCounts(result.items);
  const asked = permission.value;
  return (
    <div class="alert alert-ok" role="status" data-testid="definitions-import-done" data-written={written}>
      <p>
        {t('definitionsImportDone', written)}
        {skipped > 0 && ` ${t('definitionsImportSkipped', skipped)}`}
      </p>
      {asked === 'asking' && <p class="detail">{t('definitionsPermissionAsking')}</p>}
      {asked === 'refused' && (
        <div class="alert alert-warn" data-testid="definitions-import-permission" data-state="refused">
          <p>{t('definitionsPermissionRefused')}</p>
          <ul class="import-origins">
            {origins.map((origin) => (
              <li key={origin} class="mono">
                {origin}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
