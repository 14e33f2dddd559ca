// npm run bench: the engine's train() against hand-written Float64Array baselines (scripts/baseline-train.ts).
import {
  ARTICLE_000, ARTICLE_003, ARTICLE_EXAMPLE, XOR_EXAMPLES, articleNetwork, initNetwork, train, xorNetwork,
  type Example, type Network,
} from '../src/engine/index.ts';
import { baselineReluLinear, baselineSigmoid, baselineTanhTanhLinear, type DenseLayer } from './baseline-train.ts';

type Case = { name: string; network: Network; examples: Example[]; rate: number; steps: number; baseline: Baseline };
type Baseline = (layers: DenseLayer[], inputs: Float64Array[], targets: Float64Array[], rate: number, steps: number, losses: Float64Array) => number;

const REPEATS = 7;

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
  }));
}

function runEngine(c: Case, steps: number): number {
  const result = train(c.network, c.examples, { learningRate: c.rate, loss: 'half-squared-error', steps, mode: 'online', recordLoss: true });
  if (result.diverged) throw new Error(`${c.name}: the engine diverged.`);
  return result.finalLoss;
}

function runBaseline(c: Case, steps: number): number {
  const inputs = c.examples.map((e) => Float64Array.from(e.input));
  const targets = c.examples.map((e) => Float64Array.from(e.target));
  return c.baseline(denseLayers(c.network), inputs, targets, c.rate, steps, new Float64Array(steps));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

type Measured = { engine: number; baseline: number; engineLoss: number; baselineLoss: number };

// Steps per CPU second of each, median of REPEATS timed runs after a warm-up. The runs alternate, engine then
// baseline, so a busy machine slows both alike.
function measure(c: Case): Measured {
  const warmUp = Math.min(c.steps, 100_000);
  runEngine(c, warmUp);
  runBaseline(c, warmUp);
  const engineSeconds: number[] = [];
  const baselineSeconds: number[] = [];
  let engineLoss = NaN;
  let baselineLoss = NaN;
  for (let r = 0; r < REPEATS; r++) {
    let start = cpuSeconds();
    engineLoss = runEngine(c, c.steps);
    engineSeconds.push(cpuSeconds() - start);
    start = cpuSeconds();
    baselineLoss = runBaseline(c, c.steps);
    baselineSeconds.push(cpuSeconds() - start);
  }
  return { engine: c.steps / median(engineSeconds), baseline: c.steps / median(baselineSeconds), engineLoss, baselineLoss };
}

const cases: Case[] = [
  {
    name: 'article 000, 2-2-1 ReLU/linear, rate 0.05, 10⁶ online steps',
    network: articleNetwork(ARTICLE_000, 'relu'), examples: [ARTICLE_EXAMPLE], rate: 0.05, steps: 1_000_000,
    baseline: ([l1, l2], x, t, rate, steps, losses) => baselineReluLinear(l1, l2, x, t, rate, steps, losses),
  },
  {
    name: 'XOR, 2-2-1 sigmoid + biases (article 003), rate 1, 2.5·10⁵ epochs',
    network: xorNetwork(ARTICLE_003), examples: XOR_EXAMPLES, rate: 1, steps: 1_000_000,
    baseline: ([l1, l2], x, t, rate, steps, losses) => baselineSigmoid(l1, l2, x, t, rate, steps, losses),
  },
  {
    name: 'XOR, 2-8-8-1 tanh/linear (seed 1), rate 0.05, 2.5·10⁵ epochs',
    network: initNetwork([2, 8, 8, 1], ['tanh', 'tanh', 'identity'], { seed: 1, bias: true }), examples: XOR_EXAMPLES,
    rate: 0.05, steps: 1_000_000,
    baseline: ([l1, l2, l3], x, t, rate, steps, losses) => baselineTanhTanhLinear(l1, l2, l3, x, t, rate, steps, losses),
  },
];

const format = (stepsPerSecond: number) => `${(stepsPerSecond / 1e6).toFixed(2)} M steps/s`;
let allSame = true;
console.log(`steps per CPU second, median of ${REPEATS} alternating runs after a warm-up`);
for (const c of cases) {
  const m = measure(c);
  const same = Math.abs(m.engineLoss - m.baselineLoss) <= 1e-12 * Math.max(1, Math.abs(m.baselineLoss));
  allSame &&= same;
  console.log(c.name);
  console.log(`  engine   ${format(m.engine)}   final loss ${m.engineLoss.toExponential(12)}`);
  console.log(`  baseline ${format(m.baseline)}   final loss ${m.baselineLoss.toExponential(12)}`);
  console.log(`  ratio engine/baseline ${(m.engine / m.baseline).toFixed(2)}   same final loss: ${same ? 'yes' : 'NO'}`);
}
if (!allSame) process.exitCode = 1;
