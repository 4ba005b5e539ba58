import type { Plugin } from 'vite';

/** `const fooSchema = z.object(...)` or `= barSchema.extend(...)` at the top of a line, up to `z` or the schema. */
const DECLARATION = /^((?:export )?const \w+(?::[^=\n]+)? =\s*)(z|\w+Schema)(?=\s*\.)/gm;

/**
 * Marks the project's top-level zod schema declarations as pure
 * (`/* @__PURE__ *\/`), so the bundler drops the schemas a chunk never uses,
 * as it drops any unused function: building a schema has no side effect (none
 * registers itself: no `.register`, no `.meta`). Only this repository's
 * sources (packages/*\/src, client/src), never a dependency; a schema in use is
 * kept and validates as before.
 */
export function pureSchemas(): Plugin {
  return {
    name: 'roundtable:pure-schemas',
    transform(code, id) {
      if (id.includes('node_modules') || !/[\\/](packages[\\/][\w-]+|client)[\\/]src[\\/].*\.tsx?$/.test(id))
        return null;
      if (!code.includes('zod')) return null;
      DECLARATION.lastIndex = 0;
      if (!DECLARATION.test(code)) return null;
      return { code: code.replace(DECLARATION, '$1/* @__PURE__ */ $2'), map: null };
    },
  };
}
