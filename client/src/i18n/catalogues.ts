import {
  type Catalogue,
  DEFAULT_LANGUAGE,
  ENGLISH_INTERFACE_SHARED_CATALOGUE,
  type Language,
  loadInterfaceSharedCatalogue,
} from '@roundtable/i18n';

/**
 * The interface's catalogues, one JSON file per namespace and language
 * (`messages/<language>/<namespace>.json`, keys `namespace.what`). English is
 * in the app's bundle, as every other language's fallback; Azerbaijani and
 * Russian are fetched when chosen, with their shared catalogues.
 */
// The preview's words are read by the first script itself (preview/previewText.ts), as plain strings.
// The side panels' and dialogs' namespaces come after the editor is live (`loadLaterEnglish`), but for the
// few of their messages the first screen shows (`?first`: firstScreenMessages.json, vite.config.ts).
const english = import.meta.glob<Catalogue>(
  [
    './messages/en/*.json',
    '!./messages/en/preview.json',
    '!./messages/en/{announce,comments,consultationLanguage,exportMenu,help,invitations,lifecycle,meeting,recovery,screen,versions}.json',
  ],
  { eager: true, import: 'default' },
);
const englishFirst = import.meta.glob<Catalogue>(
  './messages/en/{announce,comments,consultationLanguage,exportMenu,help,invitations,lifecycle,meeting,recovery,screen,versions}.json',
  {
    eager: true,
    import: 'default',
    query: '?first',
  },
);
const englishLater = import.meta.glob<Catalogue>(
  './messages/en/{announce,comments,consultationLanguage,exportMenu,help,invitations,lifecycle,meeting,recovery,screen,versions}.json',
  {
    import: 'default',
  },
);
const others = import.meta.glob<Catalogue>(
  ['./messages/az/*.json', './messages/ru/*.json', '!./messages/*/preview.json'],
  { import: 'default' },
);

function merged(parts: Iterable<Catalogue>): Catalogue {
  return Object.assign({}, ...parts);
}

/** The namespaces whose English messages load after the first screen, but for its own (`loadLaterEnglish`). */
export const LATER_NAMESPACES: readonly string[] = Object.keys(englishLater).map((path) =>
  path.replace(/^.*\/|\.json$/g, ''),
);

/**
 * English, the default catalogue: the shared vocabulary and every interface
 * namespace, but for the messages of {@link LATER_NAMESPACES} the first
 * screen does not show, which {@link loadLaterEnglish} adds to this same object.
 */
export const ENGLISH_CATALOGUE: Catalogue = merged([
  ENGLISH_INTERFACE_SHARED_CATALOGUE,
  ...Object.values(english),
  ...Object.values(englishFirst),
]);

let later: Promise<void> | undefined;

/**
 * Adds the rest of {@link LATER_NAMESPACES}' English messages to
 * {@link ENGLISH_CATALOGUE}, in place: the formatter reads its messages at
 * each call, so nothing needs to render again, and what waits for this
 * promise (a panel, a dialog) finds its words. Rejects when a file cannot be
 * fetched; the next call asks again.
 */
export function loadLaterEnglish(): Promise<void> {
  later ??= Promise.all(Object.values(englishLater).map((load) => load())).then(
    (parts) => {
      Object.assign(ENGLISH_CATALOGUE, ...parts);
    },
    (error: unknown) => {
      later = undefined;
      throw error;
    },
  );
  return later;
}

/**
 * Every message of `language` (the shared ones and the interface's), loading
 * its files when it is not English. Rejects when a file cannot be fetched.
 */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === DEFAULT_LANGUAGE) return ENGLISH_CATALOGUE;
  const prefix = `./messages/${language}/`;
  const loads = Object.entries(others)
    .filter(([path]) => path.startsWith(prefix))
    .map(([, load]) => load());
  const [shared, ...parts] = await Promise.all([loadInterfaceSharedCatalogue(language), ...loads]);
  return merged([shared, ...parts]);
}
