// The builder's data and what the network makes of them, live while it trains: for two inputs the decision map with
// the points and a map per hidden unit, for one input the learned curve; the training and test errors side by side;
// a generated set's seed, noise and test share; and the reader's own points (a click on the map, CSV). Its code
// loads on first use (src/browser/builder-data.ts), not with the page.
import { useId, useState } from 'preact/hooks';
import { forward, traceLoss, type Example, type Network } from '../engine/index.ts';
import { MAX_NOISE, MAX_TEST, classOf, type LabelledPoint } from '../examples/planar-data.ts';
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import { areClasses, pointsOf } from '../lib/own-data.ts';
import { extentOf } from '../lib/plane-grid.ts';
import { OWN, withDataKeys, withOwnPoints } from '../lib/url-data.ts';
import { matrixKeys } from '../lib/url-matrix.ts';
import type { ExtraKeys, Reader } from '../lib/url-state.ts';
import { CurvePlot } from './data/CurvePlot.tsx';
import { OwnData } from './data/OwnData.tsx';
import { PlaneMap } from './data/PlaneMap.tsx';
import { Num } from './parts/Num.tsx';
import { NumberField } from './parts/NumberField.tsx';
import { createStore, setSetup, useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** The page's URL keys with the data keys: from now on every link the page writes carries the draw or the points. */
function dataKeysOf(page: PageStore): ExtraKeys {
  page.urlKeys = withDataKeys(page.urlKeys ?? matrixKeys);
  return page.urlKeys;
}

/** A new setup read with the data keys, the network resized to fit its data as a link would; with its notices. */
function changed(page: PageStore, setup: Setup, keys: Record<string, string>): string[] {
  const r: Reader = { setup, notices: [] };
  dataKeysOf(page).readStructure(page.definition, new URLSearchParams(keys), r);
  setSetup(page, r.setup);
  return r.notices;
}

/** The class of a network's outputs: its one output above ½, or its largest output. */
const classOfOutput = (y: number[]) => (y.length === 1 ? (y[0] >= 0.5 ? 1 : 0) : y.indexOf(Math.max(...y)));

/** The mean error per example of a set and, for classes, how many it gets wrong (one forward pass per example). */
function scoreOf(network: Network, examples: Example[], setup: Setup, classes: boolean) {
  let sum = 0;
  let wrong = 0;
  for (const example of examples) {
    const trace = forward(network, example.input);
    sum += traceLoss(network, trace, example.target, setup.loss);
    if (classes && classOfOutput(trace.output) !== classOf(example)) wrong++;
  }
  return { mean: sum / examples.length, wrong: classes ? wrong : null, count: examples.length };
}

/** The training and test errors beside each other. */
function Scores({ network, setup, classes }: { network: Network; setup: Setup; classes: boolean }) {
  const test = setup.testExamples ?? [];
  const rows = [
    ['training', 'train', scoreOf(network, setup.examples, setup, classes)],
    ...(test.length ? [['test', 'test', scoreOf(network, test, setup, classes)] as const] : []),
  ] as const;
  return (
    <p class="data-scores">
      Mean error per point:{' '}
      {rows.map(([words, name, score], k) => (
        <>
          {k > 0 && ' · '}
          {words} <Num quantity={`E_mean_${name}`} value={score.mean} decimals={6} /> ({score.count} points
          {score.wrong !== null && (
            <>
              , <Num quantity={`wrong_${name}`} value={score.wrong} decimals={0} /> misclassified
            </>
          )}
          )
        </>
      ))}
      {test.length === 0 && ' · no test points: every point trains'}.
    </p>
  );
}

/** A generated set's seed, noise and test share. */
function DrawFields({ page, setup }: { page: PageStore; setup: Setup }) {
  const draw = setup.draw!;
  const redraw = (key: string, value: number) => changed(page, setup, { [key]: String(value) });
  const whole = (value: number) =>
    Number.isInteger(value) && value >= 0 && value <= 2 ** 31 ? null : 'a whole number from 0 to 2147483648';
  const within = (most: number) => (value: number) =>
    value >= 0 && value <= most ? null : `a number from 0 to ${most}`;
  return (
    <div class="field-row">
      <NumberField
        label="data seed"
        quantity="dataSeed"
        value={draw.seed}
        step={1}
        check={whole}
        onChange={(v) => redraw('dataSeed', v)}
      />
      <NumberField
        label="noise"
        quantity="noise"
        value={draw.noise}
        step={0.05}
        check={within(MAX_NOISE)}
        onChange={(v) => redraw('noise', v)}
      />
      <NumberField
        label="test share"
        quantity="test"
        value={draw.test}
        step={0.05}
        check={within(MAX_TEST)}
        onChange={(v) => redraw('test', v)}
      />
    </div>
  );
}

/** The class a click adds: picked here; shift-click adds the next one. */
function ClassPicker({ value, onPick }: { value: number; onPick: (c: number) => void }) {
  const name = useId();
  return (
    <fieldset class="class-picker">
      <legend>A click on the map adds a point of class</legend>
      {[0, 1, 2].map((c) => (
        <label class="check-field">
          <input type="radio" name={name} value={c} checked={value === c} onChange={() => onPick(c)} /> {c} (
          {['circle', 'square', 'triangle'][c]})
        </label>
      ))}
    </fieldset>
  );
}

function BuilderData({ page }: Props) {
  const { current, view } = useView(page);
  const { setup } = current;
  const { network } = view;
  const [picked, setPicked] = useState(1);
  const inputs = network.layers[0].weights[0].length;
  const test = setup.testExamples ?? [];
  const all = [...setup.examples, ...test];
  const classes = inputs === 2 && areClasses(all);
  const points: LabelledPoint[] | null = classes ? pointsOf(all) : null;
  const useOwn = (next: LabelledPoint[]) => changed(page, withOwnPoints(setup, next), {});
  const add = (x1: number, x2: number, shift: boolean) => {
    if (!points) return;
    const count = Math.max(2, ...points.map((p) => p[2] + 1));
    useOwn([...points, [x1, x2, shift ? (picked + 1) % Math.max(count, picked + 1) : picked]]);
  };
  const extent = extentOf(all.map((example) => example.input));
  const mapLabel = `Decision map over x1 and x2 from ${extent.low} to ${extent.high}: the network's class at every point as colour, ${setup.examples.length} training points${test.length ? ` and ${test.length} test points` : ''}.`;
  return (
    <section
      class="widget builder-data"
      aria-label="The data and what the network learned"
      data-mounted={import.meta.env.SSR ? undefined : ''}
    >
      {setup.draw && <DrawFields page={page} setup={setup} />}
      <Scores network={network} setup={setup} classes={classes} />
      {inputs === 2 && (
        <>
          <PlaneMap
            network={network}
            examples={setup.examples}
            testExamples={test}
            extent={extent}
            onAdd={classes ? add : undefined}
            label={mapLabel}
          />
          <p class="field-hint">
            Colour: the class the network gives each point of the plane (blue 0, orange 1, green 2), paler where it is
            less sure. Circles are class 0, squares 1, triangles 2; filled points train, hollow ones are held out for
            testing.
          </p>
        </>
      )}
      {inputs === 1 && network.layers.at(-1)!.weights.length === 1 && (
        <CurvePlot network={network} examples={setup.examples} testExamples={test} />
      )}
      {classes && (
        <>
          <ClassPicker value={picked} onPick={setPicked} />
          <p class="field-hint">
            {setup.dataSet === OWN
              ? 'Your own points: every one of them trains.'
              : 'A click makes the points on the map your own, training and test points alike, and adds one.'}{' '}
            Shift-click adds the next class instead.
          </p>
          <OwnData points={points} own={setup.dataSet === OWN} onUse={useOwn} />
        </>
      )}
    </section>
  );
}

export { BuilderData as View };

/**
 * For chapters: the panel inside a closed <details> whose code loads when the reader opens or focuses it
 * (src/browser/builder-data.ts), or at load when the link names data; the server renders it at the defaults.
 */
export default function BuilderDataPart({ example }: { example: ExampleDefinition }) {
  return (
    <details class="builder-data-part" id="figure-builder-data" data-lazy="builderData" data-lazy-key="points">
      <summary>The decision map, the test error and your own points (live while training)</summary>
      <div data-part-mount="">
        <BuilderData page={createStore(example)} />
      </div>
    </details>
  );
}
