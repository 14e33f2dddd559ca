// Every section a "where does this number come from" formula, the notation page or an exercise links to exists in the
// build: a heading renamed in a chapter (its id changes with it) fails here, not in a reader's click. One pass over
// the built files, no browser.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { examples } from '../../src/examples/index.ts';
import { everySection } from '../../src/lib/derivations/sections.ts';

test('every section that a derivation names is a heading id of its chapter in dist/', () => {
  const missing = everySection(Object.values(examples)).filter((section) => {
    const [path, anchor] = section.split('#');
    const html = readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf8');
    return !html.includes(` id="${anchor}"`);
  });
  expect(everySection(Object.values(examples)).length).toBeGreaterThan(30);
  expect(missing).toEqual([]);
});
