// npm run bench [-- runs]: the engine's train() against a plain hand-written Float64Array loop (scripts/baseline-train.ts).
import { activationNames, initNetwork, train, type Example, type Network } from '../src/engine/index.ts';
import {
  ARTICLE_000,
  ARTICLE_003,
  ARTICLE_EXAMPLE,
  XOR_EXAMPLES,
  articleNetwork,
  xorNetwork,
} from '../src/examples/articles.ts';
import { baselineTrain, type DenseLayer } from './baseline-train.ts';

type Case = { name: string; network: Network; examples: Example[]; rate: number; steps: number };

/** Timed runs per case and side (at least 3); `npm run bench -- 9` asks for more. */
const RUNS = Math.max(3, Number(process.argv[2] ?? 5) || 5);
const WARM_UP_STEPS = 200_000;

// CPU time of this process in seconds: steadier than wall time when other jobs share the machine.
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

// Setup only: copies the starting weights into the baseline's own arrays.
function denseLayers(network: Network): DenseLayer[] {
  return network.layers.map((layer) => ({
    nIn: layer.weights[0].length,
    nOut: layer.weights.length,
    W: Float64Array.from(layer.weights.flat()),
    b: Float64Array.from(layer.biases ?? []),
    hasBias: layer.biases !== null,
    activation: activationNames.indexOf(layer.activation),
    outputs: new Float64Array(layer.weights.length),
    deltas: new Float64Array(layer.weights.length),
  }));
}

type Run = { seconds: number; loss: number };

function runEngine(c: Case, steps: number, recordLoss = false): Run {
  const start = cpuSeconds();
  const result = train(c.network, c.examples, {
    learningRate: c.rate,
    loss: 'half-squared-error',
    steps,
    mode: 'online',
    recordLoss,
  });
  const seconds = cpuSeconds() - start;
  if (result.diverged) throw new Error(`${c.name}: the engine diverged.`);
  return { seconds, loss: result.finalLoss };
}

function runBaseline(c: Case, steps: number): Run {
  const start = cpuSeconds();
  const layers = denseLayers(c.network);
  const inputs = Float64Array.from(c.examples.flatMap((e) => e.input));
  const targets = Float64Array.from(c.examples.flatMap((e) => e.target));
  const loss = baselineTrain(layers, inputs, targets, c.rate, steps);
  return { seconds: cpuSeconds() - start, loss };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The three timed sides: train() as the bench's subject, train() recording the loss per step (as the pages do), the baseline. */
const sides = [
  (c: Case) => runEngine(c, c.steps),
  (c: Case) => runEngine(c, c.steps, true),
  (c: Case) => runBaseline(c, c.steps),
];

type Measured = { rates: number[][]; ratios: number[][]; losses: number[] }; // per side: steps per second, ratio to the baseline

// Steps per CPU second over RUNS timed runs. The sides take turns going first, so a busy machine slows them alike.
function measure(c: Case): Measured {
  const m: Measured = { rates: sides.map(() => []), ratios: sides.map(() => []), losses: [] };
  for (let r = 0; r < RUNS; r++) {
    const runs: Run[] = [];
    for (let s = 0; s < sides.length; s++) {
      const side = (r + s) % sides.length;
      runs[side] = sides[side](c);
    }
    runs.forEach((run, side) => {
      m.rates[side].push(c.steps / run.seconds);
      m.ratios[side].push(runs[sides.length - 1].seconds / run.seconds);
      m.losses[side] = run.loss;
    });
  }
  return m;
}

const cases: Case[] = [
  {
    name: 'article 000, 2-2-1 ReLU/linear, rate 0.05, 10⁶ online steps',
    network: articleNetwork(ARTICLE_000, 'relu'),
    examples: [ARTICLE_EXAMPLE],
    rate: 0.05,
    steps: 1_000_000,
  },
  {
    name: 'XOR, 2-2-1 sigmoid + biases (article 003), rate 1, 10⁶ online steps (2.5·10⁵ epochs)',
    network: xorNetwork(ARTICLE_003),
    examples: XOR_EXAMPLES,
    rate: 1,
    steps: 1_000_000,
  },
  {
    name: 'XOR, 2-8-8-1 tanh/linear (seed 1), rate 0.05, 10⁶ online steps (2.5·10⁵ epochs)',
    network: initNetwork([2, 8, 8, 1], ['tanh', 'tanh', 'identity'], { seed: 1, bias: true }),
    examples: XOR_EXAMPLES,
    rate: 0.05,
    steps: 1_000_000,
  },
];

const format = (stepsPerSecond: number) => `${(stepsPerSecond / 1e6).toFixed(2)} M steps/s`;
// Every case once on each side before any timing, so both have seen every shape when they are timed.
for (const c of cases) {
  runEngine(c, WARM_UP_STEPS);
  runBaseline(c, WARM_UP_STEPS);
}
let allSame = true;
console.log(
  `steps per CPU second, median of ${RUNS} runs taking turns after a warm-up; ratio = engine / baseline (of the median rates)`,
);
for (const c of cases) {
  const m = measure(c);
  const baselineLoss = m.losses[2];
  const same = m.losses.every((loss) => Math.abs(loss - baselineLoss) <= 1e-12 * Math.max(1, Math.abs(baselineLoss)));
  allSame &&= same;
  console.log(c.name);
  ['train()            ', 'train(), recordLoss', 'baseline           '].forEach((label, side) => {
    const ratio =
      side === 2
        ? ''
        : `   ratio ${(median(m.rates[side]) / median(m.rates[2])).toFixed(2)}, per run ${Math.min(...m.ratios[side]).toFixed(2)}–${Math.max(...m.ratios[side]).toFixed(2)}`;
    console.log(`  ${label} ${format(median(m.rates[side]))}   final loss ${m.losses[side].toExponential(12)}${ratio}`);
  });
  console.log(`  same final loss: ${same ? 'yes' : 'NO'}`);
}
if (!allSame) process.exitCode = 1;
