import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringLiterals } from '../../../tests/helpers/sourceStrings.ts';
import { ENGLISH_CATALOGUE, LATER_NAMESPACES, loadLaterEnglish } from './catalogues.ts';
import firstScreen from './firstScreenMessages.json' with { type: 'json' };

const src = fileURLToPath(new URL('../', import.meta.url));

/**
 * The client's files the first load runs: what `main.tsx` and `startApp.tsx`
 * import statically, followed through relative imports (a dynamic `import()`
 * and `import type` load nothing). The packages name no key of these namespaces.
 */
function firstLoadFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/^(?:import|export)(?!\s+type\b)[^'";]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
      // Only sources name message keys: a stylesheet or a JSON file (`x.css?inline`) is not followed.
      const path = (specifier as string).replace(/\?.*$/, '');
      if (/\.tsx?$/.test(path)) visit(resolve(dirname(file), path));
      else if (!/\.(css|json)$/.test(path)) throw new Error(`${file}: cannot follow the import of ${specifier}`);
    }
  };
  for (const entry of ['main.tsx', 'startApp.tsx']) visit(resolve(src, entry));
  return [...seen];
}

describe('the first screen messages', () => {
  it('are the keys of the later namespaces that the first load names, no more, no fewer', async () => {
    await loadLaterEnglish();
    const later = new RegExp(`^(${LATER_NAMESPACES.join('|')})\\.`);
    const named = new Set<string>();
    for (const file of firstLoadFiles()) {
      for (const { text } of stringLiterals(file)) if (later.test(text) && text in ENGLISH_CATALOGUE) named.add(text);
    }
    expect([...named].sort()).toEqual([...firstScreen.firstScreenKeys].sort());
  });

  it('leave the panels their namespaces', () => {
    expect([...LATER_NAMESPACES].sort()).toEqual([
      'announce',
      'comments',
      'consultationLanguage',
      'exportMenu',
      'help',
      'invitations',
      'lifecycle',
      'meeting',
      'recovery',
      'screen',
      'versions',
    ]);
  });
});
