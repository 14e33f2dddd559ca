// Every widget by the name it is mounted by (data-widget), each loaded only by the pages that show it.
import type { ComponentType } from 'preact';
import type { PageState } from '../examples/types.ts';
import type { PageStore } from './store.ts';

/**
 * A widget module: the view the page script hydrates; for a widget that trains runs of its own besides the
 * page's, those runs for a state (a long jump trains them in slices along with the page's); and whether it trains.
 */
export type WidgetModule = {
  View: ComponentType<{ page: PageStore } & Record<string, unknown>>;
  runsFor?: (store: PageStore, state: PageState) => PageState[];
  /** The widget moves the page past step 0, or shows states after some steps: the page loads training for it. */
  trains?: boolean;
};

/** The widgets, by name; each entry loads the widget's own chunk. */
export const widgets: Readonly<Record<string, () => Promise<WidgetModule>>> = {
  'setup-form': () => import('../widgets/setup/SetupPanel.tsx') as Promise<WidgetModule>,
  'setup-form-matrix': () => import('../widgets/setup/MatrixView.tsx') as Promise<WidgetModule>,
  'network-diagram': () => import('../widgets/NetworkDiagram.tsx') as Promise<WidgetModule>,
  'parameter-table': () => import('../widgets/ParameterTable.tsx') as Promise<WidgetModule>,
  'training-panel': () => import('../widgets/TrainingPanel.tsx') as Promise<WidgetModule>,
  'network-builder': () => import('../widgets/NetworkBuilder.tsx') as Promise<WidgetModule>,
  'layer-matrices': () => import('../widgets/LayerMatrices.tsx') as Promise<WidgetModule>,
  'sigmoid-curve': () => import('../widgets/SigmoidCurve.tsx') as Promise<WidgetModule>,
  'loss-curve': () => import('../widgets/LossCurve.tsx') as Promise<WidgetModule>,
  'update-order': () => import('../widgets/UpdateOrder.tsx') as Promise<WidgetModule>,
  'cost-counter': () => import('../widgets/CostCounter.tsx') as Promise<WidgetModule>,
  'truth-table': () => import('../widgets/TruthTable.tsx') as Promise<WidgetModule>,
  'input-square': () => import('../widgets/InputSquare.tsx') as Promise<WidgetModule>,
  'decision-map': () => import('../widgets/DecisionMap.tsx') as Promise<WidgetModule>,
  'online-vs-batch': () => import('../widgets/OnlineVsBatch.tsx') as Promise<WidgetModule>,
  // The start picker and the random starts load their code on first use; one small chunk holds both views until then.
  'start-picker': () =>
    import('../widgets/StartsOnFirstUse.tsx').then((module) => ({ View: module.StartPicker })) as Promise<WidgetModule>,
  'random-starts': () => import('../widgets/StartsOnFirstUse.tsx') as Promise<WidgetModule>,
  'steps-to-learn': () => import('../widgets/parts/StepsToLearn.tsx') as Promise<WidgetModule>,
  'state-text': () => import('../widgets/parts/StateTextView.tsx') as Promise<WidgetModule>,
  // The home page's figure, hydrated on the reader's first interaction with it (src/browser/home.ts).
  'home-figure': () => import('../widgets/HomeFigure.tsx') as Promise<unknown> as Promise<WidgetModule>,
};
