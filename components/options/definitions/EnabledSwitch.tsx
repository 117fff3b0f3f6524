import type { DefinitionView } from '../../../lib/messaging';
import { t } from '../../i18n';
import { showError, showToast } from '../toast';
import { putView, updateDefinition } from './state';

/** Switched at once on the page, and back again should the background refuse. */
export function EnabledSwitch({ view }: { view: DefinitionView }) {
  const { id, name } = view.definition;
  const toggle = async (enabled: boolean) => {
    putView({ ...view, enabled });
    try {
      const saved = await updateDefinition({ id, enabled });
      showToast(t(saved.enabled ? 'definitionsTurnedOn' : 'definitionsTurnedOff', saved.definition.name));
    } catch (error) {
      putView({ ...view });
      showError(error);
    }
  };
  return (
    <input
      type="checkbox"
      class="switch"
      data-testid="definition-enabled"
      aria-label={t('definitionsEnabledFor', name)}
      disabled={view.source === 'managed'}
      checked={view.enabled}
      onChange={(event) => void toggle(event.currentTarget.checked)}
    />
  );
}
