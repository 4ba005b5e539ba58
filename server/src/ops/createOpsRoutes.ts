import { Hono } from 'hono';
import type { ServerMetrics } from './createMetrics.ts';
import { type OpenApiDocument, openApiDocument } from './openApiDocument.ts';

export interface OpsRoutesDeps {
  metrics: ServerMetrics;
  /** Base URL named in the OpenAPI document's `servers`. */
  publicUrl?: string | undefined;
}

/**
 * `GET /metrics` (Prometheus text format) and `GET /api/openapi.json` (the
 * HTTP API as OpenAPI 3.1, generated once, on first request, from the zod
 * schemas that validate it).
 */
export function createOpsRoutes(deps: OpsRoutesDeps): Hono {
  const app = new Hono();
  let document: OpenApiDocument | null = null;
  app.get('/metrics', async (c) => {
    const { contentType, body } = await deps.metrics.render();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  });
  app.get('/api/openapi.json', (c) => {
    document ??= openApiDocument(deps.publicUrl);
    return c.json(document);
  });
  return app;
}
