import type { EntityDetail } from '../../lib/messaging';
import { t } from '../i18n';
import { openEntity } from './state';

function EntityLink({ entityId, name }: { entityId: string; name: string }) {
  return (
    <button type="button" class="btn-link" onClick={() => openEntity(entityId)}>
      {name || t('optionsUnnamed')}
    </button>
  );
}

/** A household's members, or the households a person belongs to, with the relation to the head. */
export function Relations({ members, households }: Pick<EntityDetail, 'members' | 'households'>) {
  if (members.length === 0 && households.length === 0) return null;
  return (
    <section class="block relations">
      {members.length > 0 && (
        <div>
          <h3>{t('optionsMembers', members.length)}</h3>
          <table class="grid" data-testid="options-members">
            <thead>
              <tr>
                <th>{t('optionsColName')}</th>
                <th>{t('optionsColRelation')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.entityId}>
                  <td>
                    <EntityLink entityId={member.entityId} name={member.displayName} />
                    {member.isHead && <span class="badge badge-info">{t('optionsHead')}</span>}
                  </td>
                  <td>{member.relation || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {households.length > 0 && (
        <div>
          <h3>{t('optionsHouseholds', households.length)}</h3>
          <table class="grid" data-testid="options-households">
            <thead>
              <tr>
                <th>{t('optionsColHousehold')}</th>
                <th>{t('optionsColRelation')}</th>
              </tr>
            </thead>
            <tbody>
              {households.map((household) => (
                <tr key={household.entityId}>
                  <td>
                    <EntityLink entityId={household.entityId} name={household.displayName} />
                  </td>
                  <td>{household.relation || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
