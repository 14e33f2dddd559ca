import '../widgets.css';
import { DEFAULT_STATE, PRESETS, WEIGHT_NAMES, type PresetName, type Setup } from '../../lib/worked-example.ts';
import { useId, useState } from 'preact/hooks';
import { HIDDEN_ACTIVATION_LABELS } from '../shared/labels.ts';
import { NumberField } from '../shared/NumberField.tsx';
import { UrlNotices, usePageState } from './page-state.tsx';
import { useWorkedView, type WorkedStore } from './state.ts';

type Props = { state: WorkedStore };
type NumberKey = Exclude<keyof Setup, 'activation'>;

/**
 * The setup panel of the worked example: weights, example, learning rate, activation, presets, reset and a link to
 * the setup. It is also the page's door to the URL (see page-state.tsx), so every chapter has exactly one.
 */
export default function SetupControls({ state }: Props) {
  const { current, view } = useWorkedView(state);
  const { setup } = current;
  const { steps } = view;
  const activationId = useId();
  const [copied, setCopied] = useState('');
  const [notices, setNotices] = usePageState(state, current);
  // Changing where training starts starts the run over.
  const set = (patch: Partial<Setup>) => (state.value = { setup: { ...state.value.setup, ...patch }, steps: 0 });
  const field = (key: NumberKey, label: string = key, step = 0.01) => (
    <NumberField label={label} quantity={key} value={setup[key]} step={step} onChange={(value) => set({ [key]: value })} />
  );

  return (
    <section class="widget setup-controls" aria-label="Your setup">
      <UrlNotices notices={notices} onDismiss={() => setNotices([])} />
      <fieldset>
        <legend>Weights</legend>
        <div class="field-row">{WEIGHT_NAMES.map((name) => field(name))}</div>
      </fieldset>
      <fieldset>
        <legend>Example and learning</legend>
        <div class="field-row">
          {field('i1', 'i1', 1)}
          {field('i2', 'i2', 1)}
          {field('t1', 't1', 0.1)}
          {field('lr', 'learning rate', 0.01)}
          <div class="field">
            <label for={activationId}>activation</label>
            <select
              id={activationId}
              value={setup.activation}
              data-controls="fprime_h1"
              onChange={(event) => set({ activation: event.currentTarget.value as Setup['activation'] })}
            >
              {Object.entries(HIDDEN_ACTIVATION_LABELS).map(([name, label]) => (
                <option value={name}>{label}</option>
              ))}
            </select>
          </div>
        </div>
        <p class="field-hint">i1, i2: the inputs · t1: the target (actual output) · activation: of the hidden layer</p>
      </fieldset>
      <div class="button-row">
        {(Object.keys(PRESETS) as PresetName[]).map((name) => (
          <button type="button" onClick={() => (state.value = { setup: PRESETS[name], steps: 0 })}>
            Preset: {name}
          </button>
        ))}
        <button type="button" onClick={() => (state.value = DEFAULT_STATE)}>
          Reset
        </button>
        <button type="button" onClick={() => copyLink(setCopied)}>
          Copy link to this setup
        </button>
      </div>
      <p class="field-hint" role="status">{copied}</p>
      {steps > 0 && (
        <p class="field-hint" role="status">
          The page shows the network after {steps} training {steps === 1 ? 'step' : 'steps'} from these weights
          {view.diverged ? ', where the run diverged. ' : '. '}
          <button type="button" class="link-button" onClick={() => (state.value = { ...state.value, steps: 0 })}>
            Back to step 0
          </button>
        </p>
      )}
    </section>
  );
}

/** Puts the page's address (setup and section included) on the clipboard, or says where to copy it from. */
async function copyLink(report: (message: string) => void) {
  try {
    await navigator.clipboard.writeText(window.location.href);
    report('Link copied: it opens this page with this setup.');
  } catch {
    report(`Copy this link: ${window.location.href}`);
  }
}
