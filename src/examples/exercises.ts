// The exercises at the end of each chapter, as plain data: what each one asks, in the order the chapter teaches.
// The numbers are not here: src/lib/exercises.ts draws a setup from a seed and asks the engine for each answer.
// A prompt may name a drawn value in braces ({w1}, {t1}) or the number of steps ({steps}).

/** One exercise: the question, the quantity that answers it, and how many training steps come first. */
export type ExerciseDefinition = {
  prompt: string;
  /** A quantity name of the chapter's example (src/lib/quantities.ts): net_h1, grad_w5, E_total … */
  quantity: string;
  /** Training steps taken from the drawn setup before the quantity is read (default 0). */
  steps?: number;
  /** Decimals of the answer as shown and checked (default 4). */
  decimals?: number;
};

/** The exercises of each chapter, keyed by `part-N/slug`. */
export const chapterExercises: Readonly<Record<string, readonly ExerciseDefinition[]>> = {
  'part-1/the-network': [
    {
      prompt: 'Multiply each input by the weight that joins it to h1 and add the two products: what is net_h1?',
      quantity: 'net_h1',
    },
    { prompt: 'Do the same for the second hidden unit: what is net_h2?', quantity: 'net_h2' },
  ],
  'part-1/forward-pass': [
    { prompt: 'Apply the hidden activation to net_h1: what does h1 output?', quantity: 'h1' },
    { prompt: 'And h2?', quantity: 'h2' },
    { prompt: 'Combine h1 and h2 with w5 and w6: what does the network predict (o1)?', quantity: 'o1' },
  ],
  'part-1/error': [
    { prompt: 'By how much does the prediction miss the target? Give Δ = o1 − t1, sign included.', quantity: 'Delta' },
    { prompt: 'Square the miss and halve it: what is the error E?', quantity: 'E' },
  ],
  'part-1/backpropagation': [
    { prompt: 'What is the delta of the output unit, δ_o1?', quantity: 'delta_o1' },
    { prompt: 'Multiply that delta by the output of the unit w5 comes from: what is ∂E/∂w5?', quantity: 'grad_w5' },
    { prompt: 'Carry the output delta back through w5 to h1: what is δ_h1?', quantity: 'delta_h1' },
    { prompt: 'From δ_h1 and the input w1 multiplies: what is ∂E/∂w1?', quantity: 'grad_w1' },
  ],
  'part-1/training': [
    { prompt: 'One step of gradient descent at the learning rate shown: what does w5 become?', quantity: 'next_w5' },
    { prompt: 'And w1, updated in the same step from the original weights?', quantity: 'next_w1' },
    { prompt: 'Run the example through the updated network: what is the error now?', quantity: 'next_E' },
    {
      prompt: 'Let the training panel take {steps} steps: what does the network predict then?',
      quantity: 'o1',
      steps: 3,
    },
  ],
  'part-2/sigmoid-units-and-biases': [
    { prompt: 'Add the bias b1 to the weighted inputs of the first hidden unit: what is net_h1?', quantity: 'net_h1' },
    { prompt: 'Squash it with the sigmoid: what is h1?', quantity: 'h1' },
    { prompt: 'Finish the forward pass: what is the first output, o1?', quantity: 'o1' },
  ],
  'part-2/error-of-two-outputs': [
    { prompt: 'What does the second output unit give, o2?', quantity: 'o2' },
    { prompt: 'Half the sum of the two squared misses: what is E?', quantity: 'E' },
  ],
  'part-2/output-weight-and-the-memo': [
    { prompt: 'The delta of the first output unit, (o1 − t1)·σ′: what is δ_o1?', quantity: 'delta_o1' },
    { prompt: 'w7 joins h1 to o2: what is ∂E/∂w7?', quantity: 'grad_w7' },
    {
      prompt: 'h1 feeds both outputs: add up what comes back along both paths and multiply by its slope. What is δ_h1?',
      quantity: 'delta_h1',
    },
    { prompt: 'b2 is shared by both output units: what is ∂E/∂b2?', quantity: 'grad_b2' },
  ],
  'part-2/the-same-thing-as-matrices': [
    { prompt: "One entry of the first layer's gradient matrix: what is ∂E/∂w4?", quantity: 'grad_w4' },
    { prompt: 'After one step at the learning rate shown, what is w8?', quantity: 'next_w8' },
    {
      prompt: 'With all ten parameters updated at once, what is the error of the second forward pass?',
      quantity: 'next_E',
    },
  ],
  'part-2/build-a-network': [
    { prompt: 'For the example shown, what does the first hidden unit output, a1[1]?', quantity: 'a1_1' },
    { prompt: 'Over all four rows of the truth table, what is the error E_total?', quantity: 'E_total' },
    { prompt: 'Train in batch mode for {steps} steps: what is E_total then?', quantity: 'E_total', steps: 10 },
  ],
  'part-3/why-xor-needs-a-hidden-layer': [
    { prompt: 'For the example shown, what is the weighted sum into the first hidden unit, z1[1]?', quantity: 'z1_1' },
    { prompt: "And that unit's output a1[1]?", quantity: 'a1_1' },
    { prompt: 'What does the network answer for the example shown, a2[1]?', quantity: 'a2_1' },
  ],
  'part-3/one-example-forward': [
    { prompt: "The second hidden unit's output a1[2] for the example shown?", quantity: 'a1_2' },
    { prompt: "The output unit's weighted sum z2[1]?", quantity: 'z2_1' },
    { prompt: 'And the error E of that example?', quantity: 'E' },
  ],
  'part-3/backward-with-the-erratum': [
    { prompt: "What is the output unit's delta, δ2[1]?", quantity: 'delta2_1' },
    { prompt: 'Send it back through W2: what is δ1[2]?', quantity: 'delta1_2' },
    { prompt: 'What is ∂E/∂W2[1,1]?', quantity: 'grad_W2_1_1' },
    { prompt: 'After one online step on this example, what is b2[1]?', quantity: 'next_b2_1' },
  ],
  'part-4/softmax-and-cross-entropy': [
    { prompt: 'For the point shown, what is the logit of class 1, z2[1]?', quantity: 'z2_1' },
    {
      prompt:
        'Exponentiate the three logits and divide by their sum: what probability does the network give class 2, a2[2]?',
      quantity: 'a2_2',
    },
    { prompt: "Take −ln of the probability of the point's own class: what is the cross-entropy E?", quantity: 'E' },
  ],
  'part-4/the-gradient-is-a-minus-t': [
    { prompt: 'One entry of the softmax Jacobian: what is ∂a2[1]/∂z2[2] = −a2[1]·a2[2]?', quantity: 'jac2_1_2' },
    { prompt: 'Probability minus target: what is the output delta δ2[3]?', quantity: 'delta2_3' },
    {
      prompt: 'What is ∂E/∂W2[2,1], the output delta of class 2 times the first hidden output?',
      quantity: 'grad_W2_2_1',
    },
    { prompt: "Send the deltas back through W2 and tanh's slope: what is δ1[1]?", quantity: 'delta1_1' },
  ],
  'part-4/training-a-classifier': [
    { prompt: 'Before any training, what is the cross-entropy over the six points, E_total?', quantity: 'E_total' },
    {
      prompt: 'Take {steps} online steps, one epoch through the six points in order: what is E_total then?',
      quantity: 'E_total',
      steps: 6,
    },
  ],
  'part-3/training-online-or-batch': [
    { prompt: 'Before any training, what is the error over the four examples, E_total?', quantity: 'E_total' },
    {
      prompt: 'Take {steps} online steps, one per row of the table from the first: what is E_total then?',
      quantity: 'E_total',
      steps: 4,
    },
    { prompt: 'And after {steps} online steps?', quantity: 'E_total', steps: 2000 },
  ],
  'part-4/why-squared-error-learns-slowly': [
    { prompt: "For the example shown, what is the sigmoid's slope at the output, σ′(z2[1])?", quantity: 'fprime2_1' },
    { prompt: 'Under squared error, what is the output delta (a − t)·σ′(z)?', quantity: 'delta2_1_se' },
    { prompt: 'Under binary cross-entropy, what is the error E of the example shown?', quantity: 'E_bce' },
  ],
};
