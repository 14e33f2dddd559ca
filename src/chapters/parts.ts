/** Titles of the tutorial's parts, by part number. */
export const partTitles: Record<number, string> = {
  1: 'Part I — One example, by hand',
  2: 'Part II — Any shape, in matrices',
  3: 'Part III — XOR, one example at a time',
  4: 'Part IV — Classification: softmax and cross-entropy',
};
