import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CaptureMode, ResponseOf } from '../../lib/messaging';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { errorText, send } from './api';
import { showError, showToast } from './toast';

type PortalModes = ResponseOf<'optionsToBackground:getCaptureModes'>;

const MODES: ReadonlyArray<[CaptureMode, MessageKey]> = [
  ['always', 'optionsModeAlways'],
  ['ask', 'optionsModeAsk'],
  ['never', 'optionsModeNever'],
];

export function SettingsSection() {
  const portals = useSignal<PortalModes | undefined>(undefined);
  const failure = useSignal<string | null>(null);
  useEffect(() => {
    send('optionsToBackground:getCaptureModes', {}).then(
      (list) => (portals.value = list),
      (error: unknown) => {
        portals.value = [];
        failure.value = errorText(error);
      },
    );
  }, [portals, failure]);

  const choose = async (portalId: string, portalName: string, mode: CaptureMode) => {
    try {
      const saved = await send('optionsToBackground:setCaptureMode', { portalId, mode });
      portals.value = portals.value?.map((portal) =>
        portal.portalId === portalId ? { ...portal, mode: saved.mode } : portal,
      );
      showToast(t('optionsModeSaved', portalName));
    } catch (error) {
      showError(error);
      // Re-rendered from the unchanged modes, so the radio the person clicked shows the kept mode again.
      portals.value = portals.value && [...portals.value];
    }
  };

  const list = portals.value;
  return (
    <section class="section settings">
      <header class="section-head">
        <h1>{t('optionsNavSettings')}</h1>
        <p>{t('optionsSettingsIntro')}</p>
      </header>
      {failure.value && <p class="alert alert-error">{t('optionsError', failure.value)}</p>}
      {list === undefined ? (
        <p class="placeholder">{t('optionsLoading')}</p>
      ) : list.length === 0 ? (
        !failure.value && <p class="placeholder">{t('optionsNoPortals')}</p>
      ) : (
        <table class="grid modes">
          <thead>
            <tr>
              <th>{t('optionsColPortal')}</th>
              <th>{t('optionsColCaptureMode')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((portal) => (
              <tr key={portal.portalId} data-testid="options-capture-mode" data-portal={portal.portalId}>
                <th scope="row">{portal.portalName}</th>
                <td>
                  <fieldset class="segmented">
                    <legend class="visually-hidden">{t('optionsModeFor', portal.portalName)}</legend>
                    {MODES.map(([mode, label]) => (
                      <label key={mode} class={portal.mode === mode ? 'checked' : undefined}>
                        <input
                          type="radio"
                          name={`mode-${portal.portalId}`}
                          value={mode}
                          checked={portal.mode === mode}
                          onChange={() => void choose(portal.portalId, portal.portalName, mode)}
                        />
                        {t(label)}
                      </label>
                    ))}
                  </fieldset>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl class="mode-help">
        <dt>{t('optionsModeAlways')}</dt>
        <dd>{t('optionsModeAlwaysHelp')}</dd>
        <dt>{t('optionsModeAsk')}</dt>
        <dd>{t('optionsModeAskHelp')}</dd>
        <dt>{t('optionsModeNever')}</dt>
        <dd>{t('optionsModeNeverHelp')}</dd>
      </dl>
    </section>
  );
}
