import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** zod's modules that turn a schema into JSON Schema (`schema.toJSONSchema()`, `z.toJSONSchema`). */
const JSON_SCHEMA_MODULES =
  /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors|json-schema-generator)\.js$/;

/**
 * Leaves zod's JSON Schema generation out of the client build: each of its
 * modules is replaced by one that exports the same names, every one a
 * function that throws when called (the `create…Method` factories return
 * such a function). zod's classic API refers to them from every schema it
 * builds, so the bundler cannot drop them, yet the client only parses
 * (`safeParse`); the server, which writes the OpenAPI document from the same
 * schemas, keeps them. About 7 KB of gzip off the client's first load.
 * The build fails if zod no longer has these modules (a new zod layout must
 * be looked at, not silently shipped whole or broken).
 */
export function zodWithoutJsonSchema(): Plugin {
  const replaced = new Set<string>();
  return {
    name: 'roundtable:zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const match = JSON_SCHEMA_MODULES.exec(id);
      if (match === null) return null;
      replaced.add(match[1] as string);
      const source = readFileSync(id, 'utf8');
      const names = new Set<string>();
      for (const m of source.matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gm))
        names.add(m[1] as string);
      for (const m of source.matchAll(/^export \{([^}]*)\}/gm)) {
        for (const part of (m[1] as string).split(',')) {
          const name = part
            .trim()
            .split(/\s+as\s+/)
            .pop();
          if (name) names.add(name);
        }
      }
      const lines = [
        `const unavailable = () => { throw new Error('zod JSON Schema generation is left out of the client build'); };`,
        ...[...names].map((name) =>
          name.startsWith('create')
            ? `export const ${name} = () => unavailable;`
            : name === 'allProcessors'
              ? `export const ${name} = {};`
              : /^[A-Z]/.test(name)
                ? `export class ${name} { constructor() { unavailable(); } }`
                : `export const ${name} = unavailable;`,
        ),
      ];
      return { code: lines.join('\n'), map: null };
    },
    buildEnd(error) {
      if (error !== undefined) return;
      for (const name of ['to-json-schema', 'json-schema-processors']) {
        if (!replaced.has(name))
          this.error(`zodWithoutJsonSchema: zod/v4/core/${name}.js was not in the build; check zod's layout`);
      }
    },
  };
}
