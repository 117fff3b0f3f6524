import { Markers } from './Markers';
import { Panel, type PanelActions } from './Panel';
import type { PageState } from './state';
import { Toast } from './Toast';

/** Everything FillOnce draws on a page, inside one shadow root. */
export function PageUi({ state, actions }: { state: PageState; actions: PanelActions }) {
  return (
    <>
      {state.panelWanted.value && <Markers state={state} />}
      {state.panelWanted.value && <Panel state={state} actions={actions} />}
      <Toast toast={state.toast} />
    </>
  );
}
