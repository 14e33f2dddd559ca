// The setup panel as chapters use it: <SetupForm example={props.example} />. On the server it renders in the
// example's notation; in the browser the page script mounts setup/SetupPanel.tsx (the articles' notation) or
// setup/MatrixView.tsx (matrix notation), so that a page loads only the fields it shows.
import { island } from './island.tsx';
import { MatrixLayerFields } from './setup/MatrixView.tsx';
import { trainingSetFields } from './setup/TrainingSetFields.tsx';
import { NamedLayerFields, SetupPanel } from './setup/SetupPanel.tsx';
import type { PageStore } from '../page/store.ts';

/** The panel for any example, with the fields of its notation. */
function ServerSetupForm({ page }: { page: PageStore }) {
  const matrix = page.definition.notation.kind === 'matrix';
  return (
    <SetupPanel
      page={page}
      Layer={matrix ? MatrixLayerFields : NamedLayerFields}
      sets={matrix ? trainingSetFields : undefined}
    />
  );
}

export default /* @__PURE__ */ island(
  (example) => (example.notation.kind === 'matrix' ? 'setup-form-matrix' : 'setup-form'),
  ServerSetupForm,
);
