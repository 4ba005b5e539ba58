import type { z } from 'zod';

/** One HTTP operation as the OpenAPI document describes it. Paths use Hono's `:param` form. */
export interface ApiOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** Who may call it, in the README's words. */
  who: string;
  /** The schema the route validates its JSON body with. */
  body?: z.ZodType;
  /** The body may be left out altogether. */
  bodyOptional?: boolean;
  /** The schema the route validates its query with. */
  query?: z.ZodType;
  /** The schema of the success answer (JSON), with its status. */
  response?: { status: number; schema: z.ZodType };
  /** A non-JSON success answer. */
  produces?: { status: number; contentType: string };
}

/** Routes of one consultation. */
export const C = '/api/consultations/:id';
/** A JSON success answer. */
export const ok = (schema: z.ZodType, status = 200) => ({ status, schema });
