import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../../tests/helpers/sourceStrings.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Files whose `error.message` never reaches a person: the `unavailable`
 * state of `useMe` and `useConsultationSummary` is read for its kind only.
 */
const NOT_SHOWN = new Set(['client/src/app/useMe.ts', 'client/src/app/useConsultationSummary.ts']);

// A failed request is shown by its code in the person's language (`errorLineOf`,
// `errorTextOf`), the server's English sentence only as a detail: never the
// caught error's own `message` as the text itself (issue 15: a refused status
// change read "a consultation that is validated moves to ..." in a Russian page).
describe('errors shown to people', () => {
  it('are never the caught error’s own (English) message', () => {
    const found: string[] = [];
    const pattern = /\b(\w+) instanceof (?:Error|ApiRequestError)\s*\?\s*\1\.message\b/g;
    for (const file of sourceFiles(root, ['client/src'])) {
      const name = relative(root, file).replaceAll('\\', '/');
      if (NOT_SHOWN.has(name)) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(pattern)) {
        const line = text.slice(0, match.index).split('\n').length;
        found.push(`${name}:${line}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
