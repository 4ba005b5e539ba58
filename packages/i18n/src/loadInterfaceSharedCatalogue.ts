import type { Catalogue } from './catalogue.ts';
import { ENGLISH_INTERFACE_SHARED_CATALOGUE } from './englishInterfaceSharedCatalogue.ts';
import type { Language } from './languages.ts';

/**
 * The shared messages the client's interface uses (vocabulary, minutes'
 * wording; see {@link ENGLISH_INTERFACE_SHARED_CATALOGUE}) in `language`,
 * imported only when asked for: the client's bundler makes each language's
 * files chunks of their own, fetched when a person chooses that language.
 * Rejects when a chunk cannot be fetched.
 *
 * @example
 * (await loadInterfaceSharedCatalogue('ru'))['vocabulary.outcome.noted'] // 'Принято к сведению'
 */
export async function loadInterfaceSharedCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'en':
      return ENGLISH_INTERFACE_SHARED_CATALOGUE;
    case 'az': {
      const [vocabulary, minutes] = await Promise.all([
        import('./messages/az/vocabulary.json', { with: { type: 'json' } }),
        import('./messages/az/minutes.json', { with: { type: 'json' } }),
      ]);
      return { ...vocabulary.default, ...minutes.default };
    }
    case 'ru': {
      const [vocabulary, minutes] = await Promise.all([
        import('./messages/ru/vocabulary.json', { with: { type: 'json' } }),
        import('./messages/ru/minutes.json', { with: { type: 'json' } }),
      ]);
      return { ...vocabulary.default, ...minutes.default };
    }
  }
}
