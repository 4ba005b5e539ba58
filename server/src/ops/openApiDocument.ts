import { apiErrorSchema } from '@roundtable/profile';
import { z } from 'zod';
import type { ApiOperation } from './ApiOperation.ts';
import { API_OPERATIONS } from './apiOperations.ts';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = Record<string, unknown> & { openapi: '3.1.0'; paths: Record<string, unknown> };

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from {@link API_OPERATIONS}:
 * bodies and queries as the zod schemas read them (`io: 'input'`), answers as
 * they produce them, converted with zod's own `z.toJSONSchema` (JSON Schema
 * 2020-12, the dialect OpenAPI 3.1 uses). Errors share the `ApiError` schema.
 * Built once per call; `serverUrl` becomes the document's only server.
 */
export function openApiDocument(serverUrl?: string): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const path = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[op.method] = operationOf(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Roundtable API',
      version: '1',
      description:
        'JSON over HTTP. Errors are { "error": { "code", "message" } }. Authenticate with `Authorization: Bearer <admin or invitation token>` or the invitation cookie set by POST /api/join (cookie-authenticated requests that change something must come from the app\'s own origin).',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    components: {
      schemas: { ApiError: jsonSchema(apiErrorSchema, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'the operator token or an invitation token' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'roundtable_token' },
      },
    },
    security: [{ bearer: [] }, { cookie: [] }],
  };
}

function operationOf(op: ApiOperation): Record<string, unknown> {
  const parameters = [
    ...[...op.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...queryParameters(op.query),
  ];
  const responses: Record<string, unknown> = {};
  if (op.response) {
    responses[String(op.response.status)] = {
      description: 'Success',
      content: { 'application/json': { schema: jsonSchema(op.response.schema, 'output') } },
    };
  }
  if (op.produces) {
    responses[String(op.produces.status)] = {
      description: 'Success',
      content: { [op.produces.contentType]: { schema: { type: 'string' } } },
    };
  }
  responses.default = {
    description: 'An error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
  };
  return {
    summary: op.summary,
    description: `Who: ${op.who}.`,
    operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: op.bodyOptional !== true,
            content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

function queryParameters(schema: z.ZodType | undefined): Record<string, unknown>[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
}
