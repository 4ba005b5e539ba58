import { describe, expect, it } from 'vitest';
import { SHARED_CATALOGUES } from './catalogues.ts';
import { LANGUAGES } from './languages.ts';
import { loadInterfaceSharedCatalogue } from './loadInterfaceSharedCatalogue.ts';

describe('loadInterfaceSharedCatalogue', () => {
  it('loads each language’s shared messages but the export’s, as SHARED_CATALOGUES has them', async () => {
    for (const language of LANGUAGES) {
      const loaded = await loadInterfaceSharedCatalogue(language);
      const expected = Object.fromEntries(
        Object.entries(SHARED_CATALOGUES[language]).filter(([key]) => !key.startsWith('export.')),
      );
      expect(Object.keys(loaded).some((key) => key.startsWith('minutes.'))).toBe(true);
      expect(Object.keys(loaded).some((key) => key.startsWith('vocabulary.'))).toBe(true);
      expect(loaded).toEqual(expected);
    }
  });
});
