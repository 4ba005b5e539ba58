import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { FORMAT_LOCALES, LANGUAGES, type Language } from '@roundtable/i18n';
import { describe, expect, it } from 'vitest';
import { sourceFiles, stringLiterals } from '../../../tests/helpers/sourceStrings.ts';
import { API_ERROR_CODES } from '../app/apiErrorKeys.ts';

// The catalogue test: every language has every message, each message is
// valid ICU with the same arguments in every language and the plural forms
// its language needs, every key the code names exists, and every message is
// used. Messages live in client/src/i18n/messages (the interface) and
// packages/i18n/src/messages (shared with the server's documents).

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CATALOGUE_DIRS = [join(root, 'client/src/i18n/messages'), join(root, 'packages/i18n/src/messages')];

type Catalogues = Record<Language, Map<string, { file: string; message: string }>>;

function readCatalogues(): { catalogues: Catalogues; namespaces: Set<string>; files: Record<Language, string[]> } {
  const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, new Map()])) as Catalogues;
  const files = Object.fromEntries(LANGUAGES.map((l) => [l, [] as string[]])) as Record<Language, string[]>;
  const namespaces = new Set<string>();
  for (const dir of CATALOGUE_DIRS) {
    for (const language of LANGUAGES) {
      for (const name of readdirSync(join(dir, language)).filter((f) => f.endsWith('.json'))) {
        const file = join(dir, language, name);
        files[language].push(file.slice(root.length).replace(`/${language}/`, '/<lang>/'));
        namespaces.add(name.replace(/\.json$/, ''));
        const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        for (const [key, message] of Object.entries(entries)) {
          if (typeof message !== 'string') throw new Error(`${file}: ${key} is not a string`);
          if (catalogues[language].has(key)) throw new Error(`${key} is in two files of ${language}`);
          catalogues[language].set(key, { file, message });
        }
      }
    }
  }
  return { catalogues, namespaces, files };
}

const { catalogues, namespaces, files } = readCatalogues();
const english = catalogues.en;

/** The arguments of a message and how each is used (`count:plural`, `name:argument`), and the options of its plurals and selects. */
function shapeOf(elements: MessageFormatElement[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const element of elements) {
    const add = (what: string): void => {
      const name = 'value' in element ? String(element.value) : '';
      const set = into.get(name) ?? new Set<string>();
      set.add(what);
      into.set(name, set);
    };
    switch (element.type) {
      case TYPE.argument:
        add('argument');
        break;
      case TYPE.number:
        add('number');
        break;
      case TYPE.date:
      case TYPE.time:
        add('date');
        break;
      case TYPE.select:
        add(`select:${Object.keys(element.options).sort().join('|')}`);
        for (const option of Object.values(element.options)) shapeOf(option.value, into);
        break;
      case TYPE.plural:
        add(element.pluralType === 'ordinal' ? 'selectordinal' : 'plural');
        for (const option of Object.values(element.options)) shapeOf(option.value, into);
        break;
      case TYPE.tag:
        add('tag');
        shapeOf(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

function describeShape(shape: Map<string, Set<string>>): string[] {
  return [...shape].map(([name, uses]) => `${name}:${[...uses].sort().join(',')}`).sort();
}

/** Every plural in `elements` with its options. */
function pluralsOf(elements: MessageFormatElement[], into: { options: string[]; ordinal: boolean }[] = []) {
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      into.push({ options: Object.keys(element.options), ordinal: element.pluralType === 'ordinal' });
      for (const option of Object.values(element.options)) pluralsOf(option.value, into);
    } else if (element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pluralsOf(option.value, into);
    } else if (element.type === TYPE.tag) {
      pluralsOf(element.children, into);
    }
  }
  return into;
}

describe('the catalogues', () => {
  it('have the same files in every language', () => {
    for (const language of LANGUAGES) expect(files[language].sort()).toEqual(files.en.sort());
    expect(english.size).toBeGreaterThan(50);
  });

  it('keep each key in the file of its namespace', () => {
    for (const language of LANGUAGES) {
      for (const [key, { file }] of catalogues[language]) {
        expect(file.endsWith(`/${key.split('.')[0]}.json`), `${key} in ${file}`).toBe(true);
      }
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys', (language) => {
    const keys = [...catalogues[language].keys()].sort();
    const missing = [...english.keys()].filter((k) => !catalogues[language].has(k));
    const extra = keys.filter((k) => !english.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('%s: every message is valid ICU with the arguments of the English one', (language) => {
    const problems: string[] = [];
    for (const [key, { message }] of catalogues[language]) {
      if (message.trim() === '') {
        problems.push(`${key}: empty`);
        continue;
      }
      let elements: MessageFormatElement[];
      try {
        elements = parse(message);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
        continue;
      }
      const source = english.get(key);
      if (source === undefined) continue;
      const expected = describeShape(shapeOf(parse(source.message)));
      const actual = describeShape(shapeOf(elements));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        problems.push(`${key}: arguments ${actual.join(' ')} but English has ${expected.join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every plural has the forms the language needs', (language) => {
    const cardinal = new Intl.PluralRules(FORMAT_LOCALES[language]).resolvedOptions().pluralCategories;
    const ordinal = new Intl.PluralRules(FORMAT_LOCALES[language], { type: 'ordinal' }).resolvedOptions()
      .pluralCategories;
    const problems: string[] = [];
    for (const [key, { message }] of catalogues[language]) {
      for (const plural of pluralsOf(parse(message))) {
        const needed = plural.ordinal ? ordinal : cardinal;
        const missing = needed.filter((category) => !plural.options.includes(category));
        if (missing.length > 0) problems.push(`${key}: no ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is translated, not copied from English', (language) => {
    const copied = [...catalogues[language]]
      .filter(([key, { message }]) => message === english.get(key)?.message && /\p{L}{2}/u.test(message))
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});

describe('the keys in the code', () => {
  const keyPattern = new RegExp(`^(${[...namespaces].join('|')})\\.[A-Za-z0-9_.-]+$`);
  /** A file name such as `comments.xlsx` has the shape of a key but is not one. */
  const fileName = /\.(xlsx|csv|docx|md|json|html|pdf|txt)$/;
  const used = new Map<string, string>();
  const usedIn = (dirs: string[]) => {
    const found = new Map<string, string>();
    for (const file of sourceFiles(root, dirs)) {
      for (const { text } of stringLiterals(file)) {
        if (keyPattern.test(text) && (english.has(text) || !fileName.test(text)))
          found.set(text, file.slice(root.length));
      }
    }
    return found;
  };
  // The interface and the pure packages name keys; the server's own strings
  // (log events such as `meeting.lock`) only count as uses.
  const named = usedIn(['client/src', 'packages']);
  for (const [key, file] of [...usedIn(['server/src']), ...named]) used.set(key, file);
  // An API error's message is named by its code (`apiErrorKey`): `errors.api.<code>`.
  for (const code of API_ERROR_CODES) used.set(`errors.api.${code}`, 'client/src/app/apiErrorKeys.ts');

  it('all exist in the English catalogue', () => {
    const unknown = [...named].filter(([key]) => !english.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(unknown).toEqual([]);
  });

  it('use every message of the catalogues', () => {
    const unused = [...english.keys()].filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });
});
