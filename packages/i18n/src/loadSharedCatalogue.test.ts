import { describe, expect, it } from 'vitest';
import { SHARED_CATALOGUES } from './catalogues.ts';
import { LANGUAGES } from './languages.ts';
import { loadSharedCatalogue } from './loadSharedCatalogue.ts';

describe('loadSharedCatalogue', () => {
  it('loads every language’s shared messages, the same as SHARED_CATALOGUES', async () => {
    for (const language of LANGUAGES) {
      const loaded = await loadSharedCatalogue(language);
      expect(Object.keys(loaded).length).toBeGreaterThan(0);
      expect(loaded).toEqual(SHARED_CATALOGUES[language]);
    }
  });
});
