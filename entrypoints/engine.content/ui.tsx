import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type PageActions, PageUi } from '../../components/page/PageUi';
import pageCss from '../../components/page/page.css?inline';
import type { PageState } from '../../components/page/state';
import { uiAnchor } from './scan';

/**
 * Mounts the panel, markers and toasts in an open shadow root: open so tests and
 * assistive technology can reach it, and every action in it still demands a trusted click.
 */
export async function mountPageUi(ctx: ContentScriptContext, state: PageState, actions: PageActions) {
  const ui = await createShadowRootUi(ctx, {
    name: 'fillonce-ui',
    position: 'inline',
    anchor: () => uiAnchor(document),
    append: 'last',
    mode: 'open',
    // Inlined rather than fetched as a web-accessible file, so no page can probe for the extension.
    css: pageCss,
    isolateEvents: true,
    onMount(container) {
      const root = document.createElement('div');
      root.className = 'fo-root';
      container.append(root);
      render(<PageUi state={state} actions={actions} />, root);
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  state.host.current = ui.shadowHost;
  return ui;
}
