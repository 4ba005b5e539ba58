import type { Plugin } from 'vite';
import firstScreen from './src/i18n/firstScreenMessages.json' with { type: 'json' };

const FIRST_SCREEN_KEYS = new Set(firstScreen.firstScreenKeys);

/**
 * `messages/en/<namespace>.json?first` as a module whose default export holds
 * only the messages the first screen shows (src/i18n/firstScreenMessages.json,
 * kept true by its test), each passed through `compile` (the build gives the
 * ICU parser, tests none). The rest of the file loads later, with the panels
 * (src/i18n/catalogues.ts).
 */
export function firstScreenMessages(compile: (message: string) => unknown = (message) => message): Plugin {
  return {
    name: 'roundtable:first-screen-messages',
    enforce: 'pre',
    transform(code, id) {
      const [path, query] = id.split('?');
      if (query !== 'first' || !/[\\/]i18n[\\/]messages[\\/]en[\\/][\w-]+\.json$/.test(path ?? '')) return null;
      const messages = Object.entries(JSON.parse(code) as Record<string, string>)
        .filter(([key]) => FIRST_SCREEN_KEYS.has(key))
        .map(([key, message]) => [key, compile(message)]);
      // With a query, Vite's JSON plugin leaves the file alone: it becomes a module here.
      return {
        code: `export default JSON.parse(${JSON.stringify(JSON.stringify(Object.fromEntries(messages)))});`,
        map: null,
      };
    },
  };
}
