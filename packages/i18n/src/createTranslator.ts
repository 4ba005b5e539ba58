import type { Catalogue } from './catalogue.ts';
import { SHARED_CATALOGUES } from './catalogues.ts';
import { catalogueTranslator, type Translate } from './catalogueTranslator.ts';
import { DEFAULT_LANGUAGE, type Language } from './languages.ts';

/**
 * A translator for `language` outside React (the server's exports and
 * minutes): formats ICU messages from `catalogue` (the shared catalogues by
 * default), falling back to English for a key the language lacks, and
 * throwing for a key no catalogue has, since that is a programming error the
 * catalogue test also catches. Each message is parsed once.
 *
 * @example
 * createTranslator('ru')('vocabulary.outcome.noted') // 'Принято к сведению'
 */
export function createTranslator(
  language: Language,
  catalogue: Catalogue = SHARED_CATALOGUES[language],
  fallback: Catalogue = SHARED_CATALOGUES[DEFAULT_LANGUAGE],
): Translate {
  return catalogueTranslator(language, catalogue, fallback);
}
