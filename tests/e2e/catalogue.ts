import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Catalogue,
  createTranslator,
  type Language,
  type MessageValues,
  SHARED_CATALOGUES,
} from '@roundtable/i18n';
import { REPO_ROOT } from '../helpers/startServer.ts';

/**
 * The interface's words as a browser in `language` shows them, read from the
 * same catalogues the client is built from, so end-to-end tests find
 * controls by their label in any language.
 */
export function catalogue(language: Language): Catalogue {
  const dir = join(REPO_ROOT, 'client', 'src', 'i18n', 'messages', language);
  const parts = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Catalogue);
  return Object.assign({}, SHARED_CATALOGUES[language], ...parts);
}

const translators = new Map<Language, (key: string, values?: MessageValues) => string>();

/** The message `key` in `language`, formatted with `values`: `say('ru', 'app.tabs.comments')`. */
export function say(language: Language, key: string, values?: MessageValues): string {
  let t = translators.get(language);
  if (t === undefined) {
    t = createTranslator(language, catalogue(language), catalogue('en'));
    translators.set(language, t);
  }
  return t(key, values);
}
