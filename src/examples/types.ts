// What a worked example is, as plain data: its network, its examples, what a reader may change, and its notation.
// A definition is JSON: the build typesets its numbers, the page embeds it, every widget takes it.
import type { ActivationName, Example, LossName, Network } from '../engine/index.ts';
import type { DataDraw } from './planar-data.ts';

/**
 * The articles' notation: every unit, weight and bias has a symbol of its own (i1, h1, w5, b1).
 * Layers are listed from the first hidden layer to the output layer; weights[layer][unit][input].
 * Two biases with the same name are one parameter, shared by their units (its gradient is the sum of theirs).
 */
export type NamedNotation = {
  kind: 'named';
  inputs: string[];
  targets: string[];
  units: string[][];
  weights: string[][][];
  biases: (string[] | null)[];
};

/**
 * Matrix notation for any depth: layers counted from 1 (the first weight layer) to L (the output). W2[1,3] is the
 * weight into unit 1 of layer 2 from unit 3 of the layer below; b2[1] its bias; z2_1, a2_1, delta2_1 the unit's
 * weighted sum, output and delta; inputs x1, x2, …; targets t1, ….
 */
export type MatrixNotation = { kind: 'matrix' };

export type Notation = NamedNotation | MatrixNotation;

/** Everything a reader can set: the network (shape, weights, biases, activations) and how it learns. */
export type Setup = {
  network: Network;
  /** The training set. */
  examples: Example[];
  /** Which example the page shows, and the one an online step learns from. */
  example: number;
  learningRate: number;
  loss: LossName;
  /** Online: one example per step; batch: one step from the sum over all examples. */
  mode: 'online' | 'batch';
  /** False: the biases keep their values (their gradients are still shown). */
  trainBiases: boolean;
  /** The name of the data set the examples come from, when the definition offers several. */
  dataSet?: string;
  /** Online: the examples are shuffled each epoch by this seed; without it they come in the training set's order. */
  shuffleSeed?: number;
  /** The seed the weights and biases were drawn from (see Controls.seededStart), when they were. */
  startSeed?: number;
  /** Examples held out of training, whose error is shown beside the training error (a generated data set's test points). */
  testExamples?: Example[];
  /** How a generated data set was drawn (planar-data.ts): seed, noise, test share. */
  draw?: DataDraw;
  /** The builder's start: 'zeros' (every weight and bias 0, URL init=zeros); without it, Xavier's range from seed 1. */
  init?: 'zeros';
};

/** The page's state: a setup, and how many training steps have been taken from it. */
export type PageState = { setup: Setup; steps: number };

/** A named starting point a reader can pick. */
export type Preset = { id: string; label: string; setup: Setup };

/** A data set the builder offers: its examples fix the numbers of inputs and outputs. */
export type DataSet = {
  label: string;
  examples: Example[];
  loss?: LossName;
  learningRate?: number;
  /** The output layer's activation the set needs (three classes: softmax), when it needs one. */
  output?: ActivationName;
  /** A generated set (planar-data.ts, by the set's URL name): its draw at the defaults; its examples are empty, drawn from it by url-data.ts. */
  draw?: DataDraw;
  testExamples?: Example[];
};

/** What a reader may change beyond the weights and biases, which are always editable. */
export type Controls = {
  /** Fields for the inputs and targets of the (single) example. */
  exampleFields?: boolean;
  /** A select labelled "example" choosing which example of the training set the page shows. */
  exampleChoice?: boolean;
  /** One select labelled "activation" that sets these layers (0 = first weight layer). */
  activation?: { layers: number[] };
  /** One select per layer, labelled by layer (matrix pages). */
  activationPerLayer?: boolean;
  /** The losses a reader may pick between, with a select labelled "loss". */
  losses?: LossName[];
  /** A switch labelled "train biases". */
  trainBiases?: boolean;
  /** Online or batch. */
  mode?: boolean;
  /** The reader builds the network: its layer sizes, biases on or off. */
  shape?: { maxLayers: number; maxUnits: number };
  /** A reader may draw every weight and bias from a seed (URL `seed=`): whole numbers from low to high, 0 left out. */
  seededStart?: { low: number; high: number };
  /** Data sets the reader may choose from, by URL name. */
  dataSets?: Record<string, DataSet>;
};

/** The kind of a quantity, for looking up the chapter section that derives it. */
export type Topic =
  | 'input'
  | 'target'
  | 'weight'
  | 'bias'
  | 'lr'
  | 'sum'
  | 'output'
  | 'fprime'
  | 'error'
  | 'miss'
  | 'outputDelta'
  | 'hiddenError'
  | 'hiddenDelta'
  | 'outputGrad'
  | 'hiddenGrad'
  | 'biasGrad'
  | 'change'
  | 'next'
  | 'nextPass'
  | 'prediction'
  | 'exampleError'
  | 'totalError';

/**
 * Where the example's chapters derive each kind of quantity: a site path and a heading's #anchor
 * ("/part-1/error/#the-error-function"). The "where does this number come from" dialog, the notation page and the
 * exercises link to them; e2e/site/section-anchors.spec.ts checks that each is a heading of the built chapter.
 */
export type Sections = Record<Topic, string> & {
  /** The section that writes out an output head's Jacobian (softmax), where a chapter does. */
  jacobian?: string;
  /** Sections for one parameter where its chapter gives it a heading of its own, by parameter name. */
  parameters?: Record<string, string>;
};

/** A range a number is drawn from, [low, high], rounded to two decimals unless `decimals` says otherwise. */
export type DrawRange = { low: number; high: number; decimals?: number };

/**
 * How the chapters' exercises draw a setup from a seed (src/lib/exercises.ts): values a reader can work with by hand.
 * `seeded`: the page's own seeded start (controls.seededStart), so that seed= means one network on the page, and
 * the example shown drawn from the seed. `ranges`: every weight and bias drawn from its range onto `network` (the
 * defaults' network when left out), and the single example's inputs and targets from theirs (targets the loss cannot
 * take stay the example's own); without `inputs`, the training set stays and the example shown is drawn.
 */
export type ExerciseDraw =
  | { kind: 'seeded' }
  | {
      kind: 'ranges';
      network?: Network;
      weights: DrawRange;
      biases: DrawRange;
      inputs?: DrawRange;
      targets?: DrawRange;
    };

/** One worked example: its notation, its default setup and presets, and what readers may change. */
export type ExampleDefinition = {
  id: string;
  title: string;
  notation: Notation;
  defaults: Setup;
  presets: Preset[];
  controls: Controls;
  /** The most training steps a page takes (a link may ask for fewer). */
  maxSteps: number;
  /** Losses whose output deltas, slopes ∂E/∂a and errors are named side by side whatever the page's loss (delta2_1_se, E_bce). */
  comparedLosses?: LossName[];
  /** The sections of its chapters that derive each kind of quantity. */
  sections: Sections;
  /** How its chapters' exercises draw their numbers from a seed. */
  exerciseDraw: ExerciseDraw;
};
