import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bareTexts, sourceFiles } from '../../../tests/helpers/sourceStrings.ts';

// No text people read is written in the interface's code: every word comes
// from a catalogue (client/src/i18n/messages), so every language has it.
// What is found here is moved to a catalogue.

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the interface code', () => {
  it('holds no text outside the catalogues', () => {
    const found = sourceFiles(root, ['client/src']).flatMap((file) =>
      bareTexts(file).map((t) => `${file.slice(root.length)}:${t.line}: ${t.text}`),
    );
    expect(found).toEqual([]);
  });

  it('takes vocabulary labels from the catalogues, not the English *_LABELS tables', () => {
    const englishTables = /import\s*(type\s*)?\{[^}]*\b\w+_LABELS\b[^}]*\}\s*from\s*'@roundtable\//;
    const importing = sourceFiles(root, ['client/src'])
      .filter((file) => englishTables.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length));
    expect(importing).toEqual([]);
  });
});
