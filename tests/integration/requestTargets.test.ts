import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';

let server: InProcessServer;

beforeAll(async () => {
  server = await startInProcessServer({});
});
afterAll(async () => {
  await server.close();
});

/** Sends `head` as written (no client library would send these) and resolves with the status line of the answer. */
function statusLineFor(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(head));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      const end = answer.indexOf('\r\n');
      if (end === -1) return;
      socket.destroy();
      resolve(answer.slice(0, end));
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`closed without a status line (got ${JSON.stringify(answer)})`)));
  });
}

const UPGRADE =
  'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

// Absolute-form targets (RFC 9112, 3.2.2) and Host headers that make no URL: the client's error, never the server's.
const BAD_TARGETS = ['http://[::1/collab/demo', 'http://a:99999/collab/demo', 'http://%zz/collab/demo', 'http://@/'];
const BAD_HOSTS = ['[::1', 'a b', 'x:99999', '%zz', '['];

describe('request targets and Host headers that make no URL', () => {
  for (const target of BAD_TARGETS) {
    it(`answers 400 to ${target}, as a request and as a websocket upgrade`, async () => {
      expect(await statusLineFor(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)).toMatch(
        /^HTTP\/1\.1 400 /,
      );
      expect(await statusLineFor(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n${UPGRADE}\r\n`)).toMatch(
        /^HTTP\/1\.1 400 /,
      );
    });
  }
  for (const host of BAD_HOSTS) {
    it(`answers 400 to Host: ${host}, as a request and as a websocket upgrade`, async () => {
      expect(await statusLineFor(`GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).toMatch(
        /^HTTP\/1\.1 400 /,
      );
      expect(await statusLineFor(`GET /collab/demo HTTP/1.1\r\nHost: ${host}\r\n${UPGRADE}\r\n`)).toMatch(
        /^HTTP\/1\.1 400 /,
      );
    });
  }

  it('still upgrades a well-formed request, absolute-form or not', async () => {
    // Upgraded, then closed with the protocol's own refusal (no invitation): the request reached the app.
    expect(await statusLineFor(`GET /collab/demo HTTP/1.1\r\nHost: localhost\r\n${UPGRADE}\r\n`)).toMatch(
      /^HTTP\/1\.1 101 /,
    );
    expect(
      await statusLineFor(`GET http://localhost/collab/demo HTTP/1.1\r\nHost: localhost\r\n${UPGRADE}\r\n`),
    ).toMatch(/^HTTP\/1\.1 101 /);
  });
});
