import type { FactView } from '../../lib/messaging';
import { t } from '../i18n';
import { FactRow } from './FactRow';

/** Current values grouped by key and period: a group of more than one value is a conflict. */
function groupByKey(facts: readonly FactView[]): FactView[][] {
  const groups = new Map<string, FactView[]>();
  for (const fact of facts) {
    const group = `${fact.key}|${fact.period ?? ''}`;
    groups.set(group, [...(groups.get(group) ?? []), fact]);
  }
  return [...groups.values()];
}

export function FactsTable({
  entityId,
  facts,
  onChanged,
}: {
  entityId: string;
  facts: readonly FactView[];
  onChanged: () => void;
}) {
  const groups = groupByKey(facts);
  const conflicts = groups.filter((group) => group.length > 1 || group.some((fact) => fact.conflict)).length;
  return (
    <section class="block">
      <h3>
        {t('optionsCurrentFacts')}
        {conflicts > 0 && <span class="badge badge-conflict">{t('optionsConflictCount', conflicts)}</span>}
      </h3>
      {groups.length === 0 ? (
        <p class="hint">{t('optionsNoFacts')}</p>
      ) : (
        <table class="grid facts">
          <thead>
            <tr>
              <th class="col-field">{t('optionsColField')}</th>
              <th class="col-period">{t('optionsColPeriod')}</th>
              <th>{t('optionsColValue')}</th>
              <th class="col-source">{t('optionsColSource')}</th>
              <th class="col-date">{t('optionsColDate')}</th>
              <th class="col-actions" aria-label={t('optionsColActions')} />
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <FactRow key={group[0]?.id} entityId={entityId} facts={group} onChanged={onChanged} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
