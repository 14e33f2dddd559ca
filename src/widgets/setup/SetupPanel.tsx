// The setup panel, shared by both notations, and its view for pages in the articles' notation (w1, b1, …).
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { isHead, type ActivationName, type LossName, type Network } from '../../engine/index.ts';
import type { Setup } from '../../examples/types.ts';
import {
  activationLabels,
  inputName,
  lossLabels,
  parametersOf,
  targetName,
  unitNames,
  valueAt,
  withParameter,
  type Parameter,
} from '../../lib/notation.ts';
import { learningRateProblem } from '../../lib/format.ts';
import { NumberField } from '../parts/NumberField.tsx';
import { setSetup, useView, type PageStore } from '../../page/store.ts';

type Props = { page: PageStore };

/** The props of the fields of a training set. */
export type SetFieldsProps = Props & { setup: Setup };

/** The fields of an example with a training set (setup/TrainingSetFields.tsx), given by the panels that have one. */
type SetFields = { ExampleChoice: ComponentType<SetFieldsProps>; ModeFields: ComponentType<SetFieldsProps> };

/** A select with a visible label. */
export function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
  controls,
}: {
  label: string;
  value: T;
  options: Record<string, string>;
  onChange: (value: T) => void;
  controls?: string;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        data-controls={controls}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {Object.entries(options).map(([name, text]) => (
          <option value={name}>{text}</option>
        ))}
      </select>
    </div>
  );
}

/** The props of one layer's fields. */
export type LayerProps = Props & { network: Network; layer: number; parameters: Parameter[] };

/** One field for a weight or bias; `compact` keeps its label for screen readers only (matrix grids). */
export function ParameterField({
  page,
  network,
  parameter,
  compact,
}: Props & { network: Network; parameter: Parameter; compact?: boolean }) {
  return (
    <NumberField
      label={parameter.label}
      quantity={parameter.name}
      value={valueAt(network, parameter.slots[0])}
      compact={compact}
      onChange={(value) => setSetup(page, { network: withParameter(page.state.value.setup.network, parameter, value) })}
    />
  );
}

/** The weights (and biases) into one layer, one field each, in the articles' notation. */
export function NamedLayerFields({ page, network, layer, parameters }: LayerProps) {
  const { notation } = page.definition;
  const into = notation.kind === 'named' ? [...new Set(notation.units[layer])].join(' and ') : '';
  return (
    <fieldset>
      <legend>{parameters.some((p) => p.bias) ? `Weights and bias into ${into}` : `Weights into ${into}`}</legend>
      <div class="field-row">
        {parameters.map((parameter) => (
          <ParameterField page={page} network={network} parameter={parameter} />
        ))}
      </div>
    </fieldset>
  );
}

/** The example's inputs and targets as fields (a single example), or a choice among the training set's examples. */
function ExampleFields({ page, setup, sets }: SetFieldsProps & { sets?: SetFields }) {
  const { notation, controls } = page.definition;
  const example = setup.examples[setup.example];
  const setExample = (input: number[], target: number[]) =>
    setSetup(page, { examples: setup.examples.map((e, k) => (k === setup.example ? { input, target } : e)) });
  if (controls.exampleChoice && sets) return <sets.ExampleChoice page={page} setup={setup} />;
  if (!controls.exampleFields) return null;
  return (
    <>
      {example.input.map((x, i) => (
        <NumberField
          label={inputName(notation, i)}
          quantity={inputName(notation, i)}
          value={x}
          step={1}
          onChange={(value) =>
            setExample(
              example.input.map((v, k) => (k === i ? value : v)),
              example.target,
            )
          }
        />
      ))}
      {example.target.map((t, k) => (
        <NumberField
          label={targetName(notation, k)}
          quantity={targetName(notation, k)}
          value={t}
          step={0.1}
          onChange={(value) =>
            setExample(
              example.input,
              example.target.map((v, n) => (n === k ? value : v)),
            )
          }
        />
      ))}
    </>
  );
}

/** Learning rate, activation, loss, mode and the train-biases switch, as the example allows. */
function LearningFields({ page, setup, sets }: SetFieldsProps & { sets?: SetFields }) {
  const { controls } = page.definition;
  const id = useId();
  const activation = controls.activation;
  const withActivation = (network: Network, layers: number[], name: ActivationName) => ({
    layers: network.layers.map((layer, l) => (layers.includes(l) ? { ...layer, activation: name } : layer)),
  });
  const last = setup.network.layers.length - 1;
  // An output head (softmax) is offered only for the output layer.
  const optionsFor = (layers: number[]) =>
    Object.fromEntries(
      Object.entries(activationLabels).filter(
        ([name]) => !isHead(name as ActivationName) || layers.every((l) => l === last),
      ),
    );
  // A loss and an output activation that do not go together are refused, with the reason, and nothing changes
  // (the select shows the setup's choice again when the panel renders the message). The check loads on first use;
  // the change is made to the setup as it is then, so an edit made meanwhile stays.
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => setRefused(null), [setup]);
  const tryPatch = (change: (now: Setup) => Partial<Setup>) => {
    import('../../engine/pairing.ts').then(({ setupProblem }) => {
      const now = page.state.value.setup;
      const patch = change(now);
      const next = { ...now, ...patch };
      const problem = setupProblem(next.network, next.loss, next.examples);
      setRefused(problem === null ? null : `${problem} The setup is unchanged.`);
      if (problem === null) setSetup(page, patch);
    });
  };
  return (
    <>
      <NumberField
        label="learning rate"
        quantity="lr"
        value={setup.learningRate}
        check={learningRateProblem}
        onChange={(learningRate) => setSetup(page, { learningRate })}
      />
      {activation && (
        <Choice
          label="activation"
          value={setup.network.layers[activation.layers[0]].activation}
          options={optionsFor(activation.layers)}
          controls={unitNames(page.definition.notation, activation.layers[0], 0).fprime}
          onChange={(name) =>
            tryPatch((now) => ({ network: withActivation(now.network, activation.layers, name as ActivationName) }))
          }
        />
      )}
      {controls.activationPerLayer &&
        setup.network.layers.map((layer, l) => (
          <Choice
            label={`activation of layer ${l + 1}`}
            value={layer.activation}
            options={optionsFor([l])}
            onChange={(name) =>
              tryPatch((now) => ({ network: withActivation(now.network, [l], name as ActivationName) }))
            }
          />
        ))}
      {controls.losses && controls.losses.length > 1 && (
        <Choice
          label="loss"
          value={setup.loss}
          options={Object.fromEntries(controls.losses.map((name) => [name, lossLabels[name]]))}
          onChange={(loss) => tryPatch(() => ({ loss: loss as LossName }))}
        />
      )}
      <p class="field-error" role="status" data-refused hidden={!refused}>
        {refused}
      </p>
      {controls.mode && sets && <sets.ModeFields page={page} setup={setup} />}
      {controls.trainBiases && (
        <div class="check-field">
          <input
            id={id}
            type="checkbox"
            checked={setup.trainBiases}
            onChange={(event) => setSetup(page, { trainBiases: event.currentTarget.checked })}
          />
          <label for={id}>train biases</label>
        </div>
      )}
    </>
  );
}

/** What the named fields mean, in a line under them. */
function hintOf(page: PageStore, setup: Setup): string {
  const { notation, controls } = page.definition;
  const example = setup.examples[setup.example];
  const inputs = example.input.map((_x, i) => inputName(notation, i)).join(', ');
  const targets = example.target.map((_t, k) => targetName(notation, k)).join(', ');
  const parts = controls.exampleFields
    ? [`${inputs}: the inputs`, `${targets}: the target${example.target.length > 1 ? 's' : ''} (actual output)`]
    : [];
  if (controls.activation)
    parts.push(
      controls.activation.layers.length === setup.network.layers.length
        ? 'activation: of every layer'
        : 'activation: of the hidden layer',
    );
  return parts.join(' · ');
}

/** The setup panel: every weight and bias by layer (each layer drawn by `Layer`), the example, how it learns, presets, reset and a link to the setup; a training set's fields come as `sets`. */
export function SetupPanel({ page, Layer, sets }: Props & { Layer: ComponentType<LayerProps>; sets?: SetFields }) {
  const { current, view } = useView(page);
  const { setup } = current;
  const { definition } = page;
  const [copied, setCopied] = useState('');
  const [Python, setPython] = useState<ComponentType<Props> | null>(null);
  const parameters = parametersOf(definition.notation, setup.network);
  const hint = hintOf(page, setup);
  // Numbers beyond a float64: the setting to blame, in words (its code loads only then).
  const [range, setRange] = useState<string | null>(null);
  const overflow = Object.values(view.quantities).some((value) => !Number.isFinite(value));
  useEffect(() => {
    if (!overflow) setRange(null);
    else
      import('../../lib/out-of-range.ts').then(({ outOfRange }) =>
        setRange(outOfRange(definition, setup, view.quantities)),
      );
  }, [view]);
  // Away from the panel, a button docks it at the foot of the screen, so a reader deep in a chapter edits in place.
  const [docked, setDocked] = useState(false);
  const [away, setAway] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // While docked the panel is on screen by construction: its place in the text is what counts.
  const isDocked = useRef(docked);
  isDocked.current = docked;
  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => isDocked.current || setAway(!entry.isIntersecting));
    if (panel.current) observer.observe(panel.current);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    // On a phone the panel sits closed in the text; docked, its fields show at once.
    if (docked) panel.current!.querySelector('details')!.open = true;
    (docked ? panel.current?.querySelector('input') : opener.current)?.focus();
  }, [docked]);
  return (
    <>
      <section
        ref={panel}
        class={docked ? 'widget setup-controls setup-docked' : 'widget setup-controls'}
        aria-label="Your setup"
        onKeyDown={(event) => event.key === 'Escape' && setDocked(false)}
      >
        {docked && (
          <button type="button" class="setup-close" onClick={() => setDocked(false)}>
            Close the setup
          </button>
        )}
        {/* Closed on a phone, so that the chapter's text comes first; a wider screen shows the fields always (widgets.css). */}
        <details>
          <summary>Your setup: the numbers this page starts from</summary>
          {setup.network.layers.map((_layer, l) => (
            <Layer
              key={`${l}:${setup.network.layers.length}:${_layer.weights.length}x${_layer.weights[0].length}`}
              page={page}
              network={setup.network}
              layer={l}
              parameters={parameters.filter((p) => p.layer === l)}
            />
          ))}
          <fieldset>
            <legend>Example and learning</legend>
            <div class="field-row">
              <ExampleFields page={page} setup={setup} sets={sets} />
              <LearningFields page={page} setup={setup} sets={sets} />
            </div>
            {hint && <p class="field-hint">{hint}</p>}
            <p class="field-error" role="status" data-out-of-range hidden={!range}>
              {range}
            </p>
          </fieldset>
          <div class="button-row">
            {definition.presets.length > 1 &&
              definition.presets.map((preset) => (
                <button
                  type="button"
                  data-preset
                  onClick={() => (page.state.value = { setup: preset.setup, steps: 0 })}
                >
                  Preset: {preset.label}
                </button>
              ))}
            <button type="button" onClick={() => (page.state.value = { setup: definition.defaults, steps: 0 })}>
              Reset
            </button>
            <button type="button" onClick={() => copyLink(page, setCopied)}>
              Copy link to this setup
            </button>
            <button
              type="button"
              data-python
              aria-expanded={Python !== null}
              onClick={() =>
                Python ? setPython(null) : import('../PythonExport.tsx').then((m) => setPython(() => m.View))
              }
            >
              Reproduce in Python
            </button>
          </div>
          <p class="field-hint" role="status">
            {copied}
          </p>
          {Python && <Python page={page} />}
          {/* Not a live region: during a run it changes every frame (the training panel says when a run ends). */}
          {view.steps > 0 && (
            <p class="field-hint">
              The page shows the network after {view.steps} training {view.steps === 1 ? 'step' : 'steps'} from these
              weights
              {view.diverged ? ', where the run diverged. ' : '. '}
              <button
                type="button"
                class="link-button"
                onClick={() => (page.state.value = { ...page.state.value, steps: 0 })}
              >
                Back to step 0
              </button>
            </p>
          )}
        </details>
      </section>
      {away && !docked && (
        <button ref={opener} type="button" class="setup-open" onClick={() => setDocked(true)}>
          Open the setup
        </button>
      )}
    </>
  );
}

/** The setup panel in the articles' notation, one field per weight. */
function SetupForm({ page }: Props) {
  return <SetupPanel page={page} Layer={NamedLayerFields} />;
}

/**
 * Puts the link to this exact setup (and section) on the clipboard, or says where to copy it from. The code that
 * writes links loads with the page's first change of state, or here (the defaults need no query).
 */
async function copyLink(page: PageStore, report: (message: string) => void) {
  const link = (await import('../../page/links.ts')).linkFor(page);
  try {
    await navigator.clipboard.writeText(link);
    report('Link copied: it opens this page with this setup.');
  } catch {
    report(`Copy this link: ${link}`);
  }
}

export { SetupForm as View };
