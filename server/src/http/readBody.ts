import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './ApiError.ts';

/** Parses and validates a JSON body once, at the edge; anything else is a 400 naming what is wrong. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'bad_request', 'The body must be JSON');
  }
  return parseInput(schema, raw);
}

/** Validates any input from a request (body, query) against `schema`; a 400 naming what is wrong otherwise. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new ApiError(400, 'bad_request', problems.join('; '));
  }
  return parsed.data;
}
