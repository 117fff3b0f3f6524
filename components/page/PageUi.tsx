import { Markers } from './Markers';
import { Panel, type PanelActions } from './Panel';
import type { PageState } from './state';
import { type TeachActions, TeachChooser } from './TeachChooser';
import { Toast } from './Toast';

export type PageActions = PanelActions & TeachActions;

/** Everything FillOnce draws on a page, inside one shadow root. */
export function PageUi({ state, actions }: { state: PageState; actions: PageActions }) {
  return (
    <>
      {state.panelWanted.value && <Markers state={state} />}
      {state.panelWanted.value && <Panel state={state} actions={actions} />}
      <TeachChooser state={state} actions={actions} />
      <Toast toast={state.toast} />
    </>
  );
}
