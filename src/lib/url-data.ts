// The builder's data keys (url-read.ts names them): dataSeed=3, noise=0.2 and test=0.3 draw a generated set again
// (planar-data.ts), points=0.1,0.5,1;-0.3,0.2,0 gives the reader's own points (x1,x2,label each). Read as strictly as
// every other key, with a notice for what cannot be used. A generated set's points are drawn here, from its draw (the
// definition holds no points). Loaded only for a link that has one of these keys or names a generated set, or once
// the reader changes the data on the page.
import { drawPlanar, type DataDraw, type LabelledPoint, type PlanarName } from '../examples/planar-data.ts';
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import { MAX_POINTS_IN_LINK, examplesOf, pointsOf, readPointsKey, writePoints } from './own-data.ts';
import { parseMatrix } from './url-matrix.ts';
import { DATA_KEYS, readByKind } from './url-read.ts';
import { ownEntry, shown, type ExtraKeys, type Reader } from './url-state.ts';

/** The data set name of a reader's own points (not in the definition's list: points= gives them). */
export const OWN = 'own';
/** The learning rate own points start with: the error sums over every point, so a step must be small. */
export const OWN_LEARNING_RATE = 0.1;
/** How many skipped points a link's notice names one by one. */
const NAMED = 3;

/** The setup on the reader's own points, every one of them for training (own data hold none out). */
export const withOwnPoints = (setup: Setup, points: LabelledPoint[]): Setup => ({
  ...setup,
  dataSet: OWN,
  examples: examplesOf(points),
  testExamples: undefined,
  draw: undefined,
  example: 0,
});

/** The definition with the points of the generated set `name` drawn at its default draw (the definition holds only the draw). */
export function withSetDrawn(definition: ExampleDefinition, name: string | null | undefined): ExampleDefinition {
  const sets = definition.controls.dataSets;
  const set = ownEntry(sets, name ?? '');
  if (!set?.draw || set.examples.length > 0) return definition;
  const drawn = { ...set, ...drawPlanar(name as PlanarName, set.draw) };
  return { ...definition, controls: { ...definition.controls, dataSets: { ...sets, [name!]: drawn } } };
}

/** The draw keys of a link: each checked, the set drawn again from what is valid. */
function readDraw(definition: ExampleDefinition, params: URLSearchParams, r: Reader): void {
  const given = DATA_KEYS.filter((key) => key !== 'points' && params.has(key));
  if (given.length === 0) return;
  const name = r.setup.dataSet ?? '';
  const set = ownEntry(definition.controls.dataSets, name);
  const drawn = Object.entries(definition.controls.dataSets ?? {})
    .filter(([, s]) => s.draw)
    .map(([n]) => n);
  if (!set?.draw || !r.setup.draw) {
    r.notices.push(
      `Ignored ${given.join(', ')}: the data set ${shown(name)} is not drawn from a seed; choose data= ${drawn.join(', ')}.`,
    );
    return;
  }
  const draw: DataDraw = { ...r.setup.draw };
  const seed = params.get('dataSeed');
  if (seed !== null) draw.seed = readByKind('dataSeed', seed, r) ?? draw.seed;
  for (const key of ['noise', 'test'] as const) {
    const raw = params.get(key);
    if (raw !== null) draw[key] = readByKind(key, raw, r) ?? draw[key];
  }
  r.setup = { ...r.setup, draw, ...drawPlanar(name as PlanarName, draw) };
}

/** points= first (own data: data= gives way to it), else data= and the draw keys; then the network's structure. */
function readStructure(keys: ExtraKeys, definition: ExampleDefinition, params: URLSearchParams, r: Reader): void {
  const raw = params.get('points');
  if (raw === null) {
    keys.readStructure(withSetDrawn(definition, params.get('data')), params, r);
    readDraw(definition, params, r);
    return;
  }
  const { points, problems } = readPointsKey(raw);
  r.notices.push(...problems.slice(0, NAMED));
  if (problems.length > NAMED) r.notices.push(`… and ${problems.length - NAMED} more points of points= skipped.`);
  const rest = new URLSearchParams(params);
  if (points.length === 0) {
    r.notices.push(
      `Ignored points=${shown(raw)}: no point in it could be read (x1,x2,label, points separated by ";").`,
    );
  } else {
    r.setup = { ...withOwnPoints(r.setup, points), learningRate: OWN_LEARNING_RATE };
    const data = params.get('data');
    if (data !== null && data !== OWN) r.notices.push(`Ignored data=${shown(data)}: points= gives the data.`);
    rest.delete('data');
    const given = DATA_KEYS.filter((key) => key !== 'points' && params.has(key));
    if (given.length > 0) r.notices.push(`Ignored ${given.join(', ')}: your own points are not drawn from a seed.`);
  }
  keys.readStructure(withSetDrawn(definition, rest.get('data')), rest, r);
  if (points.length === 0) readDraw(definition, rest, r);
}

/** The data keys that differ from the defaults (points= only when short enough for a link), then the other keys. */
function write(keys: ExtraKeys, definition: ExampleDefinition, setup: Setup, params: URLSearchParams): Setup {
  const own = setup.dataSet === OWN;
  const set = ownEntry(definition.controls.dataSets, setup.dataSet ?? '');
  const points = own ? writePoints(pointsOf(setup.examples)) : '';
  const fits = points.length <= MAX_POINTS_IN_LINK;
  if (own) {
    if (fits) params.set('points', points);
  } else if (setup.draw && set?.draw) {
    if (setup.draw.seed !== set.draw.seed) params.set('dataSeed', String(setup.draw.seed));
    if (setup.draw.noise !== set.draw.noise) params.set('noise', String(setup.draw.noise));
    if (setup.draw.test !== set.draw.test) params.set('test', String(setup.draw.test));
  }
  keys.write(withSetDrawn(definition, setup.dataSet), setup, params);
  if (own) params.delete('data');
  // What the keys give read with the points (the matrices and the example shown were written against what they give
  // without them): a matrix the same as there, or the same example, needs no key.
  const given: Reader = { setup: definition.defaults, notices: [] };
  readStructure(keys, definition, params, given);
  const base = given.setup;
  if (setup.example === base.example) params.delete('x');
  base.network.layers.forEach((layer, l) => {
    for (const [key, rows] of [
      [`W${l + 1}`, layer.weights],
      [`b${l + 1}`, layer.biases && [layer.biases]],
    ] as const) {
      const raw = params.get(key);
      if (raw !== null && rows && JSON.stringify(parseMatrix(raw)) === JSON.stringify(rows)) params.delete(key);
    }
  });
  // Without its points a link opens on the default data, where the example shown means nothing.
  if (own && !fits) params.delete('x');
  // The data keys go after data=, the shape and the matrices; the points, the longest, last.
  for (const key of DATA_KEYS) {
    const value = params.get(key);
    if (value !== null) (params.delete(key), params.set(key, value));
  }
  return base;
}

/** The keys of `keys` and the data keys: reading and writing a link with them. */
export const withDataKeys = (keys: ExtraKeys): ExtraKeys =>
  keys.structure.includes('points')
    ? keys
    : {
        structure: [...keys.structure, ...DATA_KEYS],
        readStructure: (definition, params, r) => readStructure(keys, definition, params, r),
        readKey: keys.readKey,
        write: (definition, setup, params) => write(keys, definition, setup, params),
      };
