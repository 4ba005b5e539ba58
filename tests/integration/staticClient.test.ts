import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';

// A built client as `pnpm build` leaves it: each text file with its brotli and gzip copies.
const INDEX = '<!doctype html><title>app</title><script type="module" src="/assets/app-Hash1.js"></script>';
const BUNDLE = `export const text = ${JSON.stringify('draft '.repeat(2000))};`;
const clientDist = join(mkdtempSync(join(tmpdir(), 'rt-precompressed-')), 'dist');
mkdirSync(join(clientDist, 'assets'), { recursive: true });
for (const [file, text] of [
  ['index.html', INDEX],
  ['assets/app-Hash1.js', BUNDLE],
] as const) {
  writeFileSync(join(clientDist, file), text);
  writeFileSync(join(clientDist, `${file}.br`), brotliCompressSync(text));
  writeFileSync(join(clientDist, `${file}.gz`), gzipSync(text));
}

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer({ clientDist });
});
afterAll(async () => {
  await server.close();
});

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** GET with exactly the headers given, the body as it came over the wire (node:http never decodes). */
function rawGet(path: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed static files', () => {
  it('sends the brotli copy to a browser that accepts br, which decodes to the bundle', async () => {
    const res = await rawGet('/assets/app-Hash1.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.byteLength).toBeLessThan(BUNDLE.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(BUNDLE);
  });

  it('sends the gzip copy when only gzip is accepted', async () => {
    const res = await rawGet('/assets/app-Hash1.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(BUNDLE);
  });

  it('sends the file as it is when no encoding is accepted, still varying on Accept-Encoding', async () => {
    const res = await rawGet('/assets/app-Hash1.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.toString()).toBe(BUNDLE);
  });

  it.each(['/', '/index.html', '/c/demo'])('sends index.html compressed for %s', async (path) => {
    const res = await rawGet(path, 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toBe(INDEX);
  });

  it('keeps the Content-Security-Policy on compressed files', async () => {
    const res = await rawGet('/assets/app-Hash1.js', 'br');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('cache headers', () => {
  it('lets browsers keep hashed bundles for a year without asking again', async () => {
    for (const encoding of ['br', undefined]) {
      const res = await rawGet('/assets/app-Hash1.js', encoding);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it.each(['/', '/index.html', '/c/demo'])('makes browsers revalidate the page at %s', async (path) => {
    const res = await rawGet(path, 'br');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('never marks an unknown /assets/ path immutable (it gets the page, to be revalidated)', async () => {
    const res = await rawGet('/assets/app-Other.js', 'br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.body).toString()).toBe(INDEX);
  });
});
