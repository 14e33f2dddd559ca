// Every widget by the name it is mounted by (data-widget), each loaded only by the pages that show it.
import type { ComponentType } from 'preact';
import type { PageState } from '../examples/types.ts';
import type { PageStore } from './store.ts';

/**
 * A widget module: the view the page script hydrates, and, for a widget that trains runs of its own besides the
 * page's, those runs for a state (a long jump trains them in slices along with the page's).
 */
export type WidgetModule = {
  View: ComponentType<{ page: PageStore } & Record<string, unknown>>;
  runsFor?: (store: PageStore, state: PageState) => PageState[];
};

/** The widgets, by name; each entry loads the widget's own chunk. */
export const widgets: Readonly<Record<string, () => Promise<WidgetModule>>> = {
  'setup-form': () => import('./setup/SetupPanel.tsx') as Promise<WidgetModule>,
  'setup-form-matrix': () => import('./setup/MatrixView.tsx') as Promise<WidgetModule>,
  'network-diagram': () => import('./NetworkDiagram.tsx') as Promise<WidgetModule>,
  'parameter-table': () => import('./ParameterTable.tsx') as Promise<WidgetModule>,
  'training-panel': () => import('./TrainingPanel.tsx') as Promise<WidgetModule>,
  'network-builder': () => import('./NetworkBuilder.tsx') as Promise<WidgetModule>,
  'layer-matrices': () => import('./LayerMatrices.tsx') as Promise<WidgetModule>,
  'sigmoid-curve': () => import('./SigmoidCurve.tsx') as Promise<WidgetModule>,
  'loss-curve': () => import('./LossCurve.tsx') as Promise<WidgetModule>,
  'update-order': () => import('./UpdateOrder.tsx') as Promise<WidgetModule>,
  'cost-counter': () => import('./CostCounter.tsx') as Promise<WidgetModule>,
  'truth-table': () => import('./TruthTable.tsx') as Promise<WidgetModule>,
  'input-square': () => import('./InputSquare.tsx') as Promise<WidgetModule>,
  'decision-map': () => import('./DecisionMap.tsx') as Promise<WidgetModule>,
  'online-vs-batch': () => import('./OnlineVsBatch.tsx') as Promise<WidgetModule>,
  // The start picker's view is in the random-starts chunk, which the same page loads anyway.
  'start-picker': () => import('./RandomStarts.tsx').then((module) => ({ View: module.StartPicker })) as Promise<WidgetModule>,
  'random-starts': () => import('./RandomStarts.tsx') as Promise<WidgetModule>,
  'steps-to-learn': () => import('./parts/StepsToLearn.tsx') as Promise<WidgetModule>,
  'state-text': () => import('./parts/StateTextView.tsx') as Promise<WidgetModule>,
  // Not on any page at load: SetupForm's "Reproduce in Python" button opens it on first click.
  'python-export': () => import('./PythonExport.tsx') as Promise<WidgetModule>,
};
