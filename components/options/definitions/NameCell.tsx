import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { hidesNote } from './labels';

export function NameCell({ view }: { view: DefinitionView }) {
  const note = hidesNote(view);
  return (
    <>
      <span class="definition-name">{view.definition.name}</span>
      {note && (
        <span class="definition-note" data-testid="definition-hides">
          {note}
        </span>
      )}
      {view.source === 'managed' && (
        <span class="definition-note" data-testid="definition-managed-note">
          {t('definitionsManagedNote')}
        </span>
      )}
    </>
  );
}
