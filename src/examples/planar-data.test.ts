import { describe, expect, test } from 'vitest';
import { createRng } from '../engine/index.ts';
import { drawPlanar, planarPoints, planarSets, type PlanarName } from './planar-data.ts';

const names = Object.keys(planarSets) as PlanarName[];
const round3 = (x: number) => Math.round(x * 1000) / 1000;

describe('the planar data sets', () => {
  test('a circle point is drawn as written here: radius, angle, then ± noise on each coordinate, to 3 decimals', () => {
    // Seed 3, noise 0.2: point 0 is class 0 (the ring 0.7–1), point 1 class 1 (inside 0.5); four draws a point.
    const u = createRng(3);
    const expected = [0, 1].map((label) => {
      const radius = label === 1 ? 0.5 * u() : 0.7 + 0.3 * u();
      const angle = 2 * Math.PI * u();
      const x1 = radius * Math.cos(angle) + 0.2 * (2 * u() - 1);
      const x2 = radius * Math.sin(angle) + 0.2 * (2 * u() - 1);
      return [round3(x1), round3(x2), label];
    });
    expect(planarPoints('circle', 3, 0.2).slice(0, 2)).toEqual(expected);
  });

  test('without noise each set keeps its rule: circle radii, XOR-cloud signs, the spiral arms, three one-hot classes', () => {
    for (const [x1, x2, label] of planarPoints('circle', 5, 0)) {
      const r = Math.hypot(x1, x2);
      if (label === 1) expect(r).toBeLessThanOrEqual(0.5 + 1e-3);
      else expect(r).toBeGreaterThanOrEqual(0.7 - 1e-3);
    }
    for (const [x1, x2, label] of planarPoints('xor-cloud', 5, 0)) {
      expect(Math.min(Math.abs(x1), Math.abs(x2))).toBeGreaterThanOrEqual(0.15);
      expect(label).toBe(x1 * x2 > 0 ? 1 : 0);
    }
    // Spiral point 7: class 1, the fourth of 50 along its arm: r = 0.05 + 0.95·3/50, angle 1.75·2π·3/50 + π.
    const along = 3 / 50;
    const angle = 1.75 * 2 * Math.PI * along + Math.PI;
    const radius = 0.05 + 0.95 * along;
    expect(planarPoints('spiral', 9, 0)[7]).toEqual([
      round3(radius * Math.sin(angle)),
      round3(radius * Math.cos(angle)),
      1,
    ]);
    const blobs = drawPlanar('blobs', { seed: 2, noise: 0.1, test: 0 }).examples;
    expect(blobs).toHaveLength(90);
    expect(blobs.filter((e) => e.target.join() === '0,0,1')).toHaveLength(30);
    expect(blobs.every((e) => e.target.length === 3 && e.target.reduce((a, b) => a + b) === 1)).toBe(true);
  });

  test('the same draw gives the same points on every call, another seed other points', () => {
    for (const name of names) {
      expect(drawPlanar(name, { seed: 4, noise: 0.2, test: 0.3 })).toEqual(
        drawPlanar(name, { seed: 4, noise: 0.2, test: 0.3 }),
      );
      if (name !== 'spiral') expect(planarPoints(name, 4, 0)).not.toEqual(planarPoints(name, 5, 0));
    }
    // The spiral's clean points are fixed; only the noise moves them.
    expect(planarPoints('spiral', 4, 0.2)).not.toEqual(planarPoints('spiral', 5, 0.2));
  });

  test('the test share holds out round(share × points) of the drawn points, and the rest train', () => {
    const points = planarPoints('circle', 7, 0.1);
    const { examples, testExamples } = drawPlanar('circle', { seed: 7, noise: 0.1, test: 0.3 });
    expect(testExamples).toHaveLength(24);
    expect(examples).toHaveLength(56);
    const key = (x: number[]) => x.join(',');
    expect([...examples, ...testExamples].map((e) => key(e.input)).sort()).toEqual(
      points.map((p) => key(p.slice(0, 2))).sort(),
    );
    expect(drawPlanar('circle', { seed: 7, noise: 0.1, test: 0 }).testExamples).toEqual([]);
  });
});
