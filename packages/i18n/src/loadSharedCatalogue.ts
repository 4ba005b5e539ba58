import type { Catalogue } from './catalogue.ts';
import { ENGLISH_SHARED_CATALOGUE } from './englishSharedCatalogue.ts';
import type { Language } from './languages.ts';

/**
 * The shared messages of `language` (as `SHARED_CATALOGUES[language]`),
 * imported only when asked for: the client's bundler makes each language a
 * chunk of its own, fetched when a person chooses that language. Rejects when
 * the chunk cannot be fetched.
 *
 * @example
 * (await loadSharedCatalogue('ru'))['vocabulary.outcome.noted'] // 'Принято к сведению'
 */
export async function loadSharedCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'en':
      return ENGLISH_SHARED_CATALOGUE;
    case 'az': {
      const [vocabulary, exportWords, minutes] = await Promise.all([
        import('./messages/az/vocabulary.json', { with: { type: 'json' } }),
        import('./messages/az/export.json', { with: { type: 'json' } }),
        import('./messages/az/minutes.json', { with: { type: 'json' } }),
      ]);
      return { ...vocabulary.default, ...exportWords.default, ...minutes.default };
    }
    case 'ru': {
      const [vocabulary, exportWords, minutes] = await Promise.all([
        import('./messages/ru/vocabulary.json', { with: { type: 'json' } }),
        import('./messages/ru/export.json', { with: { type: 'json' } }),
        import('./messages/ru/minutes.json', { with: { type: 'json' } }),
      ]);
      return { ...vocabulary.default, ...exportWords.default, ...minutes.default };
    }
  }
}
