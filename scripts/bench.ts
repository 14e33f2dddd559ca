// npm run bench [-- runs]: the engine's train() against a plain hand-written Float64Array loop (scripts/baseline-train.ts).
import {
  ARTICLE_000, ARTICLE_003, ARTICLE_EXAMPLE, XOR_EXAMPLES, activationNames, articleNetwork, initNetwork, train, xorNetwork,
  type Example, type Network,
} from '../src/engine/index.ts';
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

function runEngine(c: Case, steps: number): Run {
  const start = cpuSeconds();
  const result = train(c.network, c.examples, { learningRate: c.rate, loss: 'half-squared-error', steps, mode: 'online' });
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

type Measured = { engine: number[]; baseline: number[]; ratios: number[]; engineLoss: number; baselineLoss: number };

// Steps per CPU second over RUNS timed runs. The runs alternate and swap who goes first, so a busy machine slows both alike.
function measure(c: Case): Measured {
  const m: Measured = { engine: [], baseline: [], ratios: [], engineLoss: NaN, baselineLoss: NaN };
  for (let r = 0; r < RUNS; r++) {
    const first = r % 2 === 0 ? runEngine(c, c.steps) : runBaseline(c, c.steps);
    const second = r % 2 === 0 ? runBaseline(c, c.steps) : runEngine(c, c.steps);
    const [engine, baseline] = r % 2 === 0 ? [first, second] : [second, first];
    m.engine.push(c.steps / engine.seconds);
    m.baseline.push(c.steps / baseline.seconds);
    m.ratios.push(baseline.seconds / engine.seconds);
    m.engineLoss = engine.loss;
    m.baselineLoss = baseline.loss;
  }
  return m;
}

const cases: Case[] = [
  {
    name: 'article 000, 2-2-1 ReLU/linear, rate 0.05, 10⁶ online steps',
    network: articleNetwork(ARTICLE_000, 'relu'), examples: [ARTICLE_EXAMPLE], rate: 0.05, steps: 1_000_000,
  },
  {
    name: 'XOR, 2-2-1 sigmoid + biases (article 003), rate 1, 10⁶ online steps (2.5·10⁵ epochs)',
    network: xorNetwork(ARTICLE_003), examples: XOR_EXAMPLES, rate: 1, steps: 1_000_000,
  },
  {
    name: 'XOR, 2-8-8-1 tanh/linear (seed 1), rate 0.05, 10⁶ online steps (2.5·10⁵ epochs)',
    network: initNetwork([2, 8, 8, 1], ['tanh', 'tanh', 'identity'], { seed: 1, bias: true }), examples: XOR_EXAMPLES,
    rate: 0.05, steps: 1_000_000,
  },
];

const format = (stepsPerSecond: number) => `${(stepsPerSecond / 1e6).toFixed(2)} M steps/s`;
// Every case once on each side before any timing, so both have seen every shape when they are timed.
for (const c of cases) {
  runEngine(c, WARM_UP_STEPS);
  runBaseline(c, WARM_UP_STEPS);
}
let allSame = true;
console.log(`steps per CPU second, median of ${RUNS} alternating runs after a warm-up; ratio = engine / baseline`);
for (const c of cases) {
  const m = measure(c);
  const same = Math.abs(m.engineLoss - m.baselineLoss) <= 1e-12 * Math.max(1, Math.abs(m.baselineLoss));
  allSame &&= same;
  console.log(c.name);
  console.log(`  engine   ${format(median(m.engine))}   final loss ${m.engineLoss.toExponential(12)}`);
  console.log(`  baseline ${format(median(m.baseline))}   final loss ${m.baselineLoss.toExponential(12)}`);
  const spread = `${Math.min(...m.ratios).toFixed(2)}–${Math.max(...m.ratios).toFixed(2)}`;
  console.log(`  ratio ${(median(m.engine) / median(m.baseline)).toFixed(2)} (median rates), per run ${spread}   same final loss: ${same ? 'yes' : 'NO'}`);
}
if (!allSame) process.exitCode = 1;
