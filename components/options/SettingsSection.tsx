import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { EVERY_SITE } from '../../lib/activation';
import type { CaptureMode, ResponseOf } from '../../lib/messaging';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { errorText, send } from './api';
import { removeOrigins, requestOrigins, siteName, useSiteAccess } from './permissions';
import { showError, showToast } from './toast';

type PortalModes = ResponseOf<'optionsToBackground:getCaptureModes'>;

const MODES: ReadonlyArray<[CaptureMode, MessageKey]> = [
  ['always', 'optionsModeAlways'],
  ['ask', 'optionsModeAsk'],
  ['never', 'optionsModeNever'],
];

const siteLabel = (origin: string) => siteName(origin) ?? t('sitesAll');

/** Every site, or the sites the person (a pack, a policy) switched FillOnce on for, each removable. */
function SiteAccessSettings() {
  const { access, refresh } = useSiteAccess();
  const { origins, everySite } = access.value;
  const switchEverySite = (on: boolean) => {
    // First: the browser asks only within the change's own gesture.
    const asked = on ? requestOrigins([EVERY_SITE]) : removeOrigins([EVERY_SITE]);
    asked
      .then((done) => {
        if (on && !done) showToast(t('sitesEverySiteRefused'), { tone: 'error' });
      }, showError)
      .finally(refresh);
  };
  const remove = (origin: string) => {
    const name = siteLabel(origin);
    removeOrigins([origin])
      .then((removed) => {
        if (removed) showToast(t('sitesRemoved', name));
        else showToast(t('sitesNotRemoved', name), { tone: 'error' });
      }, showError)
      .finally(refresh);
  };
  return (
    <section class="block sites">
      <h2 class="subhead">{t('sitesTitle')}</h2>
      <label class="check">
        <input
          type="checkbox"
          data-testid="settings-every-site"
          checked={everySite}
          onChange={(event) => switchEverySite(event.currentTarget.checked)}
        />
        <span>{t('sitesEverySite')}</span>
      </label>
      <p class="hint">{t('sitesEverySiteHint')}</p>
      <h3>{t('sitesList')}</h3>
      {origins === undefined ? (
        <p class="hint">{t('optionsLoading')}</p>
      ) : (
        <>
          {origins.length === 0 && <p class="hint">{t('sitesNone')}</p>}
          <ul class="sites-list" data-testid="settings-sites">
            {origins.map((origin) => (
              <li key={origin} data-testid="settings-site" data-origin={origin}>
                <span class="mono">{siteLabel(origin)}</span>
                <button
                  type="button"
                  class="btn btn-small"
                  data-testid="settings-site-remove"
                  aria-label={t('sitesRemoveFor', siteLabel(origin))}
                  onClick={() => remove(origin)}
                >
                  {t('sitesRemove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

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
              <tr
                key={portal.portalId}
                data-testid="options-capture-mode"
                data-portal={portal.portalId}
                data-managed={portal.managed ? 'true' : undefined}
              >
                <th scope="row">{portal.portalName}</th>
                <td>
                  <fieldset class="segmented" disabled={portal.managed}>
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
                  {portal.managed && (
                    <span class="managed-note" data-testid="options-capture-mode-managed">
                      {t('optionsModeManaged')}
                    </span>
                  )}
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
      <SiteAccessSettings />
    </section>
  );
}
