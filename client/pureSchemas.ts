import type { Plugin } from 'vite';

/** `const fooSchema = z.object(...)` or `= barSchema.extend(...)` at the top of a line, up to `z` or the schema. */
const DECLARATION = /^((?:export )?const \w+(?::[^=\n]+)? =\s*)(z|\w+Schema)(?=\s*\.)/gm;

/**
 * Marks the project's top-level zod schema declarations as pure
 * (`/* @__PURE__ *\/`), so the bundler drops the schemas a chunk never uses,
 * as it drops any unused function: building a schema has no side effect (none
 * registers itself: no `.register`, no `.meta`). Only this repository's
 * sources (packages/*\/src, client/src), and lib0's four DOM type checks;
 * a schema in use is kept and validates as before.
 */
export function pureSchemas(): Plugin {
  return {
    name: 'roundtable:pure-schemas',
    transform(code, id) {
      // lib0's DOM helpers build four type checks at import (`$.$custom(...)`), which keep lib0's whole
      // schema module (2 KB of gzip) beside Yjs, which never uses them; they are pure too.
      if (/[\\/]lib0[\\/]dom\.js$/.test(id))
        return { code: code.replace(/= \$\.\$custom\(/g, '= /* @__PURE__ */ $.$custom('), map: null };
      if (id.includes('node_modules') || !/[\\/](packages[\\/][\w-]+|client)[\\/]src[\\/].*\.tsx?$/.test(id))
        return null;
      if (!code.includes('zod')) return null;
      DECLARATION.lastIndex = 0;
      if (!DECLARATION.test(code)) return null;
      return { code: code.replace(DECLARATION, '$1/* @__PURE__ */ $2'), map: null };
    },
  };
}
