import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { builderExample } from '../examples/builder.ts';
import { twoOutputs } from '../examples/two-outputs.ts';
import type { ExampleDefinition, PageState } from '../examples/types.ts';
import { workedExample } from '../examples/worked-example.ts';
import { threeClasses } from '../examples/three-classes.ts';
import { xorExample } from '../examples/xor.ts';
import { xorLossesExample } from '../examples/xor-losses.ts';
import { initNetwork, onlineOrder } from '../engine/index.ts';
import { ONLINE_ORDER, pythonFloat, pythonScript } from './python-export.ts';
import { parametersOf } from './notation.ts';
import { viewOf } from './runs.ts';

/** Runs a script with python3 and reads its `name = value` lines. */
function runPython(script: string): Record<string, number> {
  const out = execFileSync(process.env.PYTHON ?? 'python3', ['-'], { input: script, encoding: 'utf8' });
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((line) => {
        const [name, value] = line.split(' = ');
        return [name, Number(value)];
      }),
  );
}

/** Fails with a clear message (never skips) when python3 or NumPy is missing: .ci/run installs python3-numpy. */
function requireNumpy(): void {
  try {
    execFileSync(process.env.PYTHON ?? 'python3', ['-c', 'import numpy'], { stdio: 'ignore' });
  } catch {
    throw new Error('python3 with NumPy is needed to run the exported scripts: apt-get install -y python3-numpy');
  }
}

describe('the Python export of Part II', () => {
  const script = pythonScript(twoOutputs, { setup: twoOutputs.defaults, steps: 0 });
  test('writes each weight matrix as the page shows it, with the names of its entries', () => {
    expect(script).toContain('np.array([[0.15, 0.2], [0.25, 0.3]]),  # [[w1, w2], [w3, w4]]');
    expect(script).toContain('np.array([[0.4, 0.45], [0.5, 0.55]]),  # [[w5, w6], [w7, w8]]');
  });
  test('keeps the shared bias b1 one number, and the published preset keeps the biases fixed', () => {
    expect(script).toMatch(/^ {4}0\.35, {2}# b1: one bias shared/m);
    expect(script).toContain('train_biases = True');
    const published = twoOutputs.presets.find((preset) => preset.id === 'published')!;
    expect(pythonScript(twoOutputs, { setup: published.setup, steps: 0 })).toContain('train_biases = False');
  });
  test('writes whole numbers as floats, so every array is float64', () => {
    expect(pythonFloat(2)).toBe('2.0');
    expect(pythonFloat(-0.5)).toBe('-0.5');
    expect(pythonFloat(1.5e-7)).toBe('1.5e-7');
  });
});

/** What the script prints beyond the step's quantities: numbers the widgets compute (data panel, truth table, time travel, the start's range). */
const WIDGETS = /^(moved_|miss_|E_mean_|wrong_|init_range_)/;

/** The numbers python3 prints for a state, beside the page's quantities for it, and how far the run's next step moves each parameter. */
function compare(definition: ExampleDefinition, state: PageState) {
  const view = viewOf(definition, state);
  const printed = runPython(pythonScript(definition, state, view.steps));
  const close = (name: string, value: number) =>
    expect(Math.abs(printed[name] - value), name).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
  for (const [name, value] of Object.entries(view.quantities)) {
    expect(printed, `the script prints ${name}`).toHaveProperty(name);
    close(name, value);
  }
  expect(Object.keys(printed).filter((name) => !WIDGETS.test(name)).length).toBe(Object.keys(view.quantities).length);
  // moved_θ: θ one step of the run later (online: on the run's next example, not the one shown) less θ now.
  const next = viewOf(definition, { ...state, steps: view.steps + 1 }).quantities;
  for (const p of parametersOf(definition.notation, view.network))
    close(`moved_${p.name}`, next[p.name] - view.quantities[p.name]);
}

describe('the exported script, run by python3, prints every quantity of the page', () => {
  beforeAll(requireNumpy);
  const relu = workedExample.defaults.network.layers.map((layer, l) =>
    l === 0 ? { ...layer, activation: 'relu' as const } : layer,
  );
  test('Part I after 50 steps', () => compare(workedExample, { setup: workedExample.defaults, steps: 50 }));
  test('Part I with ReLU', () =>
    compare(workedExample, { setup: { ...workedExample.defaults, network: { layers: relu } }, steps: 3 }));
  test('Part II with the biases fixed, after 10 steps', () =>
    compare(twoOutputs, { setup: twoOutputs.presets[1].setup, steps: 10 }));
  test('Part II with mean squared error', () =>
    compare(twoOutputs, { setup: { ...twoOutputs.defaults, loss: 'mean-squared-error' }, steps: 4 }));
  test('Part III online, 30 steps', () => compare(xorExample, { setup: xorExample.defaults, steps: 30 }));
  test('Part III batch, 20 steps', () =>
    compare(xorExample, { setup: { ...xorExample.defaults, mode: 'batch', example: 2 }, steps: 20 }));
  test('Part IV (softmax, cross-entropy) online, 14 steps', () =>
    compare(threeClasses, { setup: threeClasses.defaults, steps: 14 }));
  test('Part IV in batch, 5 steps, from huge logits', () => {
    const [hidden, output] = threeClasses.defaults.network.layers;
    compare(threeClasses, {
      setup: {
        ...threeClasses.defaults,
        mode: 'batch',
        network: { layers: [hidden, { ...output, biases: [0, 0, 900] }] },
      },
      steps: 5,
    });
  });
  test('Part IV with binary cross-entropy and both losses compared, 12 steps', () =>
    compare(xorLossesExample, {
      setup: { ...xorLossesExample.presets[1].setup, loss: 'binary-cross-entropy' },
      steps: 12,
    }));
  test('Part IV with squared error in batch, both losses compared, 5 steps', () =>
    compare(xorLossesExample, { setup: { ...xorLossesExample.defaults, mode: 'batch' }, steps: 5 }));
  test('the builder on the parabola with mean squared error', () => {
    const data = builderExample.controls.dataSets!.parabola;
    const layers = builderExample.defaults.network.layers.map((layer, l) =>
      l === 0 ? { ...layer, weights: layer.weights.map((row) => [row[0]]) } : layer,
    );
    compare(builderExample, {
      setup: {
        ...builderExample.defaults,
        network: { layers },
        examples: data.examples,
        loss: 'mean-squared-error',
        example: 0,
      },
      steps: 7,
    });
  });
});

describe('the exported script, for a softmax head and the cross-entropies', () => {
  beforeAll(requireNumpy);
  // Three classes of two inputs, one-hot targets; a 2-4-3 net with tanh and a softmax head.
  const classes = [
    [0, 0, 0],
    [1, 0, 1],
    [0, 1, 2],
    [1, 1, 0],
    [0.5, 0.2, 1],
    [0.3, 0.9, 2],
  ].map(([x, y, c]) => ({ input: [x, y], target: [0, 1, 2].map((k) => (k === c ? 1 : 0)) }));
  const softmaxNet = initNetwork([2, 4, 3], ['tanh', 'softmax'], { seed: 4, bias: true });
  const base = { ...builderExample.defaults, examples: classes, example: 1, network: softmaxNet };
  test('softmax with cross-entropy, online, 9 steps', () =>
    compare(builderExample, { setup: { ...base, loss: 'cross-entropy', mode: 'online' }, steps: 9 }));
  test('softmax with cross-entropy, batch, 6 steps', () =>
    compare(builderExample, { setup: { ...base, loss: 'cross-entropy', mode: 'batch' }, steps: 6 }));
  test('softmax with half squared error (through the Jacobian), online, 4 steps', () =>
    compare(builderExample, { setup: { ...base, mode: 'online' }, steps: 4 }));
  test('sigmoid with binary cross-entropy on XOR, batch, 8 steps', () =>
    compare(builderExample, { setup: { ...builderExample.defaults, loss: 'binary-cross-entropy' }, steps: 8 }));
  test('the script says δ = a − t for a paired head and goes through the Jacobian otherwise', () => {
    expect(pythonScript(builderExample, { setup: { ...base, loss: 'cross-entropy' }, steps: 0 })).toContain(
      'return y - t                             # softmax with cross-entropy: δ = a − t',
    );
    expect(pythonScript(builderExample, { setup: base, steps: 0 })).toContain('return y * (g - np.sum(y * g))');
  });
});

describe("the exported script follows the page's online order", () => {
  beforeAll(requireNumpy);
  test("its online_order, run by python3, gives onlineOrder's examples for every seed and training-set size tried", () => {
    const cases = [
      [4, 0],
      [4, 3],
      [4, 2 ** 31],
      [9, 7],
      [2, 12345],
      [5, undefined],
    ] as const;
    for (const [m, seed] of cases) {
      const script = [
        'import functools',
        `examples = [None] * ${m}`,
        `shuffle_seed = ${seed ?? 'None'}`,
        ONLINE_ORDER,
        'print(" ".join(str(online_order(k)) for k in range(5, 105)))',
      ].join('\n');
      const printed = execFileSync(process.env.PYTHON ?? 'python3', ['-'], { input: script, encoding: 'utf8' }).trim();
      expect(printed, `m = ${m}, seed ${seed}`).toBe([...onlineOrder(m, seed, 5, 100)].join(' '));
    }
  }, 30_000);
  test('Part III online, shuffled by seed 3, 30 steps', () =>
    compare(xorExample, { setup: { ...xorExample.defaults, shuffleSeed: 3 }, steps: 30 }));
  test('Part III batch with a shuffle seed, 12 steps', () =>
    compare(xorExample, { setup: { ...xorExample.defaults, mode: 'batch', shuffleSeed: 3 }, steps: 12 }));
});
