// "Reproduce in Python": a short NumPy script that redoes a page's setup (the network, the examples, the loss, the
// learning rate, online or batch, the steps taken) and prints every number under the page's data-quantity name.
// Pages load this module on first use only (a click), so it costs nothing at load.
import { isHead, losses, pairs, type ActivationName, type Network } from '../engine/index.ts';
import type { ExampleDefinition, PageState } from '../examples/types.ts';
import { lossTexts } from './loss-text.ts';
import { areClasses } from './own-data.ts';
import {
  exampleKey,
  inputName,
  jacobianName,
  lossTags,
  parametersOf,
  targetName,
  unitNames,
  type Parameter,
} from './notation.ts';

/** A number as a Python float literal that reads back as the same float64 (repr round-trips, as JavaScript's String does). */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "-float('inf')";
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

const list = (items: string[]) => `[${items.join(', ')}]`;
const quoted = (name: string) => `'${name}'`;

/** Each activation f and its slope f′(z), written as the engine computes them. */
const ACTIVATIONS: Record<ActivationName, string> = {
  identity: `def identity(z):
    return z                                 # f(z) = z

def identity_slope(z):
    return np.ones_like(z)                   # f′(z) = 1`,
  relu: `def relu(z):
    return np.where(z > 0, z, 0.0)           # f(z) = max(0, z)

def relu_slope(z):
    return np.where(z > 0, 1.0, 0.0)         # f′(z) = 1 if z > 0, else 0 (0 at the kink)`,
  sigmoid: `def sigmoid(z):
    return 1 / (1 + np.exp(-z))              # σ(z) = 1 / (1 + e^(−z))

def sigmoid_slope(z):
    s = sigmoid(z)
    return s * (1 - s)                       # σ′(z) = σ(z)(1 − σ(z))`,
  tanh: `def tanh(z):
    return np.tanh(z)                        # f(z) = tanh z

def tanh_slope(z):
    t = np.tanh(z)
    return 1 - t * t                         # tanh′(z) = 1 − tanh²(z)`,
  softmax: `def softmax(z):
    e = np.exp(z - np.max(z))                # e^(z − max z): the same probabilities, without overflow
    return e / np.sum(e)                     # a_k = e^(z_k) / Σ_j e^(z_j)

def softmax_slope(z):
    a = softmax(z)
    return a * (1 - a)                       # ∂a_k/∂z_k, the diagonal of softmax's Jacobian (backward uses all of it)`,
};

/** The loss of one example from the output layer's sums z and outputs y, and its output deltas, as the engine decides them (the loss's head), the formulas from lib/loss-text.ts. */
function lossFunctions(loss: keyof typeof lossTexts, output: ActivationName): string {
  const paired = pairs(losses[loss], output);
  const delta = paired
    ? `    return y - t                             # ${output} with ${loss}: δ = a − t`
    : isHead(output)
      ? `    g = loss_gradient(y, t)                  # ∂E/∂y
    return y * (g - np.sum(y * g))           # through softmax's Jacobian: δ_j = a_j (g_j − Σ_k a_k g_k)`
      : `    return loss_gradient(y, t) * ${output}_slope(z)  # δ = ∂E/∂y ⊙ f′(z)`;
  return [
    lossTexts[loss].python,
    '',
    'def loss(z, y, t):',
    paired
      ? '    return loss_of_logits(z, t)              # from the sums z: finite even when y is 0 or 1'
      : '    return loss_of_outputs(y, t)',
    '',
    'def output_delta(z, y, t):',
    delta,
  ].join('\n');
}

/** The page's loss, and how a batch combines the examples (the loss's reduction). */
function lossLines(loss: keyof typeof lossTexts, output: ActivationName): string {
  return [
    lossFunctions(loss, output),
    '',
    losses[loss].reduction === 'mean'
      ? "batch_scale = len(examples)                  # a batch averages the examples' errors and gradients"
      : "batch_scale = 1                              # a batch sums the examples' errors and gradients",
  ].join('\n');
}

/** The losses the page sets beside its own (definition.comparedLosses), each in a scope of its own, by the tag its names end in. */
function comparedLines(definition: ExampleDefinition, output: ActivationName): string {
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => (line ? `    ${line}` : line))
      .join('\n');
  const lines = [
    "# The losses the page sets beside its own: each one's E, ∂E/∂y and output deltas, printed as E_<tag> and so on.",
    'compared = {}',
  ];
  for (const loss of definition.comparedLosses ?? []) {
    const tag = lossTags[loss];
    lines.push(
      '',
      '',
      `def under_${tag}():`,
      indent(lossFunctions(loss, output)),
      '    return loss, loss_gradient, output_delta',
      '',
      '',
      `compared['${tag}'] = under_${tag}()`,
    );
  }
  return lines.join('\n');
}

/** A layer's biases: None, one number shared by every unit of the layer, or one per unit. */
function biasLiteral(network: Network, l: number, biases: Parameter[]): string {
  const values = network.layers[l].biases;
  if (values === null) return 'None';
  if (biases.length === 1 && values.length > 1) return `${pythonFloat(values[0])}`;
  if (biases.length !== values.length)
    throw new Error(`Layer ${l + 1} shares some of its biases but not all: the export cannot write that.`);
  return `np.array(${list(values.map(pythonFloat))})`;
}

/** The network as NumPy arrays, each matrix with the page's names of its entries beside it. */
function networkLines(network: Network, parameters: Parameter[], named: boolean): string[] {
  const lines = ['W = ['];
  network.layers.forEach((layer, l) => {
    const names = layer.weights.map((row, j) =>
      row.map(
        (_w, i) =>
          parameters.find((p) => !p.bias && p.layer === l && p.slots[0].unit === j && p.slots[0].input === i)?.name ??
          '?',
      ),
    );
    const comment = named ? `  # ${list(names.map(list))}` : `  # W${l + 1}`;
    lines.push(`    np.array(${list(layer.weights.map((row) => list(row.map(pythonFloat))))}),${comment}`);
  });
  lines.push(']', 'b = [');
  network.layers.forEach((layer, l) => {
    const biases = parameters.filter((p) => p.bias && p.layer === l);
    const shared = biases.length === 1 && (layer.biases?.length ?? 0) > 1;
    const comment =
      layer.biases === null
        ? 'no bias'
        : shared
          ? `${biases[0].name}: one bias shared by the layer's units (NumPy adds the number to each)`
          : biases.map((p) => p.name).join(' ');
    lines.push(`    ${biasLiteral(network, l, biases)},  # ${comment}`);
  });
  lines.push(']');
  return lines;
}

/** The page's names of every unit, weight and bias, as Python tables the printing loops read. */
function nameTables(definition: ExampleDefinition, network: Network, parameters: Parameter[]): string[] {
  const { notation } = definition;
  const units = network.layers.map((layer, l) =>
    list(
      layer.weights.map((_row, j) => {
        const n = unitNames(notation, l, j);
        return `(${[n.sum, n.output, n.fprime, n.delta].map(quoted).join(', ')})`;
      }),
    ),
  );
  const output = network.layers.length - 1;
  const outputs = network.layers[output].weights.length;
  const differences = Array.from({ length: outputs }, (_y, k) =>
    outputs === 1 ? 'Delta' : `Delta_${unitNames(notation, output, k).output}`,
  );
  const weights = parameters
    .filter((p) => !p.bias)
    .map((p) => `(${quoted(p.name)}, ${p.layer}, ${p.slots[0].unit}, ${p.slots[0].input})`);
  const biases = parameters
    .filter((p) => p.bias)
    .map((p) => {
      const shared = p.slots.length > 1;
      return `(${quoted(p.name)}, ${p.layer}, ${shared ? 'None' : p.slots[0].unit})`;
    });
  // An output head (softmax): its Jacobian's names, row j (output) by column k (weighted sum).
  const jacobians = network.layers.flatMap((layer, l) =>
    isHead(layer.activation)
      ? [
          `(${l}, ${list(layer.weights.map((_r, j) => list(layer.weights.map((_c, k) => quoted(jacobianName(notation, l, j, k))))))})`,
        ]
      : [],
  );
  return [
    "# The page's names. Each unit: (weighted sum, output, slope f′, delta), layer by layer.",
    `units = [\n    ${units.join(',\n    ')},\n]`,
    `jacobians = ${list(jacobians)}  # (layer, names of ∂a_j/∂z_k) for a softmax layer`,
    `output_differences = ${list(differences.map(quoted))}  # y − t for each output`,
    '# Each weight: (name, layer, row, column) in W; each bias: (name, layer, row) in b, row None for a shared bias.',
    `weights = [\n    ${weights.join(',\n    ')},\n]`,
    `biases = ${biases.length === 0 ? '[]' : `[\n    ${biases.join(',\n    ')},\n]`}`,
  ];
}

/** The setup: the network, the examples, the loss, how it learns and the steps taken. */
function setupLines(definition: ExampleDefinition, state: PageState, steps: number): string[] {
  const { setup } = state;
  const { notation } = definition;
  const parameters = parametersOf(notation, setup.network);
  const example = setup.examples[setup.example];
  const keys = setup.examples.length > 1 ? setup.examples.map((_e, k) => exampleKey(setup.examples, k)) : [];
  return [
    '# The network: W[l] has one row per unit of layer l + 1 and one column per input from the layer below;',
    "# b[l] holds that layer's biases (None: the layer has none).",
    ...networkLines(setup.network, parameters, notation.kind === 'named'),
    `f = ${list(setup.network.layers.map((layer) => layer.activation))}`,
    `f_slope = ${list(setup.network.layers.map((layer) => `${layer.activation}_slope`))}`,
    '',
    '# The training set, as (input, target) pairs, and the example the page shows.',
    'examples = [',
    ...setup.examples.map(
      (e) => `    (np.array(${list(e.input.map(pythonFloat))}), np.array(${list(e.target.map(pythonFloat))})),`,
    ),
    ']',
    "# The points held out for testing (a generated set's): they never train; the data panel scores them.",
    'test_examples = [',
    ...(setup.testExamples ?? []).map(
      (e) => `    (np.array(${list(e.input.map(pythonFloat))}), np.array(${list(e.target.map(pythonFloat))})),`,
    ),
    ']',
    `scored = ${definition.controls.dataSets ? 'True' : 'False'}  # the builder's data panel: mean errors per point (and misclassified counts)`,
    `classes = ${areClasses([...setup.examples, ...(setup.testExamples ?? [])]) ? 'True' : 'False'}  # two inputs, each target a class`,
    `xavier_ranges = ${definition.controls.shape ? 'True' : 'False'}  # the builder draws a start in Xavier's range ±√(6 / (n_in + n_out))`,
    `shown = ${setup.example}`,
    `input_names = ${list(example.input.map((_x, i) => quoted(inputName(notation, i))))}`,
    `target_names = ${list(example.target.map((_t, k) => quoted(targetName(notation, k))))}`,
    `example_keys = ${list(keys.map(quoted))}  # pred_<key>, E_<key> for each example when there are several`,
    '',
    `learning_rate = ${pythonFloat(setup.learningRate)}`,
    `mode = '${setup.mode}'  # online: one example per step, in the order online_order gives; batch: one step from all examples`,
    `shuffle_seed = ${setup.shuffleSeed === undefined ? 'None' : setup.shuffleSeed}  # online: None, the training set's order; a number, shuffled each epoch by that seed${setup.mode === 'batch' ? ' (batch sums every example: no effect)' : ''}`,
    `train_biases = ${setup.trainBiases ? 'True' : 'False'}  # False: the biases keep their values (their gradients are still printed)`,
    `steps = ${steps}  # training steps taken before the step printed below`,
    '',
    ...nameTables(definition, setup.network, parameters),
  ];
}

/**
 * The online order: which example step k learns from. The page's onlineOrder (src/engine/order.ts) in Python, the
 * random numbers createRng's mulberry32 on 32-bit integers; a unit test runs it against onlineOrder.
 */
export const ONLINE_ORDER = `def rng(seed):
    """The page's seeded random numbers in [0, 1) (mulberry32), as createRng(seed) draws them."""
    state = seed % 2**32

    def random():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((state ^ (state >> 15)) * (state | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296
    return random


@functools.lru_cache(maxsize=1)
def epoch_order(epoch):
    """The examples in the order an online epoch visits them: the training set's, or a Fisher–Yates shuffle
    drawn from rng(shuffle_seed * 1000003 + epoch), a new one each epoch."""
    items = list(range(len(examples)))
    if shuffle_seed is not None:
        random = rng(shuffle_seed * 1000003 + epoch)
        for i in range(len(items) - 1, 0, -1):
            j = int(random() * (i + 1))
            items[i], items[j] = items[j], items[i]
    return items


def online_order(k):
    """The example online step k learns from: each epoch of len(examples) steps visits every example once."""
    return epoch_order(k // len(examples))[k % len(examples)]`;

/** The math: forward, backward, the step's gradient and the update. */
const MATH = `def forward(W, b, x):
    """Every layer's weighted sums z and outputs a, from the input x."""
    zs, outputs, a = [], [], x
    for l in range(len(W)):
        z = W[l] @ a if b[l] is None else W[l] @ a + b[l]  # z = W a + b
        a = f[l](z)                                          # a = f(z)
        zs.append(z)
        outputs.append(a)
    return zs, outputs


def backward(W, b, x, zs, outputs, t):
    """Every layer's δ = ∂E/∂z, the error ∂E/∂a of its outputs, and the gradients ∂E/∂W and ∂E/∂b."""
    L = len(W)
    deltas, errors = [None] * L, [None] * L
    for l in reversed(range(L)):
        if l == L - 1:
            deltas[l] = output_delta(zs[l], outputs[l], t)   # δ at the output, as the loss and its head give it
        else:
            deltas[l] = errors[l] * f_slope[l](zs[l])        # δ = ∂E/∂a ⊙ f′(z)
        if l > 0:
            errors[l - 1] = W[l].T @ deltas[l]               # ∂E/∂a of the layer below = Wᵀ δ
    inputs = [x] + outputs[:-1]
    grad_W = [np.outer(deltas[l], inputs[l]) for l in range(L)]  # ∂E/∂W = δ aᵀ, an outer product
    # ∂E/∂b = δ; a bias shared by a layer's units (one number) gets the sum of their deltas.
    grad_b = [None if b[l] is None else np.sum(deltas[l]) if np.ndim(b[l]) == 0 else deltas[l] for l in range(L)]
    return deltas, errors, grad_W, grad_b


def step_gradients(W, b, k):
    """The gradient a step follows: of example k (online), or over the whole training set (batch)."""
    if mode == 'online':
        x, t = examples[k]
        zs, outputs = forward(W, b, x)
        return backward(W, b, x, zs, outputs, t)[2:]
    grad_W = [np.zeros_like(w) for w in W]
    grad_b = [None if bias is None else np.zeros_like(bias) for bias in b]
    for x, t in examples:
        zs, outputs = forward(W, b, x)
        _, _, gW, gb = backward(W, b, x, zs, outputs, t)
        grad_W = [G + g for G, g in zip(grad_W, gW)]
        grad_b = [None if G is None else G + g for G, g in zip(grad_b, gb)]
    return [G / batch_scale for G in grad_W], [None if G is None else G / batch_scale for G in grad_b]


def update(W, b, grad_W, grad_b):
    """Gradient descent, every parameter at once from its current value: θ ← θ − η ∂E/∂θ."""
    new_W = [w - learning_rate * g for w, g in zip(W, grad_W)]
    new_b = [bias if bias is None or not train_biases else bias - learning_rate * g for bias, g in zip(b, grad_b)]
    return new_W, new_b`;

/** Runs the steps taken, then prints the shown step under the page's names. */
const RUN = `# The steps the page has taken: online, step k learns from example online_order(k); batch, each step from all of them.
for k in range(steps):
    W, b = update(W, b, *step_gradients(W, b, online_order(k)))

# The step the page shows: at the current weights, on the example it shows.
x, t = examples[shown]
zs, outputs = forward(W, b, x)
deltas, errors, _, _ = backward(W, b, x, zs, outputs, t)
grad_W, grad_b = step_gradients(W, b, shown)
next_W, next_b = update(W, b, grad_W, grad_b)
next_zs, next_outputs = forward(next_W, next_b, x)


def show(name, value):
    print(f'{name} = {float(value)!r}')


def entry(bias, j):
    """A layer's bias j, or its one shared bias (j None)."""
    return bias if j is None else bias[j]


for i, name in enumerate(input_names):
    show(name, x[i])
for k, name in enumerate(target_names):
    show(name, t[k])
show('lr', learning_rate)
print(f'steps = {steps}')
for l, layer in enumerate(units):
    for j, (sum_name, output_name, slope_name, delta_name) in enumerate(layer):
        show(sum_name, zs[l][j])
        show(output_name, outputs[l][j])
        show(slope_name, f_slope[l](zs[l])[j])
        show(delta_name, deltas[l][j])
        if l < len(units) - 1:
            show('dE_d' + output_name, errors[l][j])  # Σ over the units above of W[k, j] δ_k
for l, names in jacobians:  # softmax's Jacobian: ∂a_j/∂z_k = a_j (1[j = k] − a_k)
    jacobian = np.diag(outputs[l]) - np.outer(outputs[l], outputs[l])
    for j, row in enumerate(names):
        for k, name in enumerate(row):
            show(name, jacobian[j, k])
show('E', loss(zs[-1], outputs[-1], t))
for k, name in enumerate(output_differences):
    show(name, outputs[-1][k] - t[k])
for name, l, j, i in weights:
    show(name, W[l][j, i])
    show('grad_' + name, grad_W[l][j, i])
    show('change_' + name, learning_rate * grad_W[l][j, i])
    show('next_' + name, next_W[l][j, i])
for name, l, j in biases:
    show(name, entry(b[l], j))
    show('grad_' + name, entry(grad_b[l], j))
    show('change_' + name, learning_rate * entry(grad_b[l], j) if train_biases else 0.0)
    show('next_' + name, entry(next_b[l], j))
for l, layer in enumerate(units):  # the second forward pass, with the new weights
    for j, (sum_name, output_name, slope_name, _) in enumerate(layer):
        show('next_' + sum_name, next_zs[l][j])
        show('next_' + output_name, next_outputs[l][j])
        show('next_' + slope_name, f_slope[l](next_zs[l])[j])
show('next_E', loss(next_zs[-1], next_outputs[-1], t))
if example_keys:
    total = 0.0
    for key, (x_k, t_k) in zip(example_keys, examples):
        z_k, y_k = forward(W, b, x_k)
        if len(y_k[-1]) == 1:
            show('pred_' + key, y_k[-1][0])
        else:  # several outputs: one prediction per class, pred_<key>_1, pred_<key>_2, …
            for k, y in enumerate(y_k[-1]):
                show(f'pred_{key}_{k + 1}', y)
        if len(y_k[-1]) == 1:  # the truth table's miss: prediction − target
            show('miss_' + key, y_k[-1][0] - t_k[0])
        show('E_' + key, loss(z_k[-1], y_k[-1], t_k))
        total += loss(z_k[-1], y_k[-1], t_k)
    show('E_total', total / batch_scale)


def class_of(y):
    """A class from one output (1 from ½ up) or from several (the largest; the first of equals)."""
    return (1 if y[0] >= 0.5 else 0) if len(y) == 1 else int(np.argmax(y))


for name, data in [('train', examples), ('test', test_examples)]:
    if not scored or not data:
        continue
    ys = [forward(W, b, x_k) for x_k, _ in data]
    show('E_mean_' + name, sum(loss(z[-1], y[-1], t_k) for (z, y), (_, t_k) in zip(ys, data)) / len(data))
    if classes:
        show('wrong_' + name, sum(class_of(y[-1]) != class_of(t_k) for (_, y), (_, t_k) in zip(ys, data)))
if xavier_ranges:
    for l in range(len(W)):
        show(f'init_range_{l + 1}', np.sqrt(6 / (W[l].shape[1] + W[l].shape[0])))  # ±√(6 / (n_in + n_out))
# The run's own next step (online: on example online_order(steps), not the example shown): how far each parameter moves.
run_W, run_b = update(W, b, *step_gradients(W, b, online_order(steps)))
for name, l, j, i in weights:
    show('moved_' + name, run_W[l][j, i] - W[l][j, i])
for name, l, j in biases:
    show('moved_' + name, entry(run_b[l], j) - entry(b[l], j))
for tag, (loss_of, slope_of, delta_of) in compared.items():
    show('E_' + tag, loss_of(zs[-1], outputs[-1], t))
    for j, (_, output_name, _, delta_name) in enumerate(units[-1]):
        show('dE_d' + output_name + '_' + tag, slope_of(outputs[-1], t)[j])
        show(delta_name + '_' + tag, delta_of(zs[-1], outputs[-1], t)[j])`;

/**
 * The NumPy script that reproduces a page's state: `steps` is the number of steps the page has actually taken
 * (a run may stop early), `source` the page's address, quoted in a comment.
 */
export function pythonScript(
  definition: ExampleDefinition,
  state: PageState,
  steps = state.steps,
  source = '',
): string {
  const activationsUsed = [...new Set(state.setup.network.layers.map((layer) => layer.activation))];
  return [
    `# Backprop, step by step: ${definition.title}, reproduced in NumPy.`,
    ...(source ? [`# The page: ${source.replace(/[\r\n]/g, '')}`] : []),
    "# Run it with python3 (NumPy needed). Each printed name is the page's name for that number (its data-quantity),",
    '# each value the full float64 (repr).',
    'import functools',
    'import numpy as np',
    '',
    '# Activations f and their slopes f′(z).',
    ...activationsUsed.map((name) => `${ACTIVATIONS[name]}\n`),
    ...setupLines(definition, state, steps),
    '',
    '# The loss E of one example, its gradient ∂E/∂y and the output deltas.',
    lossLines(state.setup.loss, state.setup.network.layers[state.setup.network.layers.length - 1].activation),
    '',
    comparedLines(definition, state.setup.network.layers[state.setup.network.layers.length - 1].activation),
    '',
    '',
    ONLINE_ORDER,
    '',
    '',
    MATH,
    '',
    '',
    RUN,
    '',
  ].join('\n');
}
