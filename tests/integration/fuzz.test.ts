import { connect, type Socket } from 'node:net';
import { draftViolations } from '@roundtable/draft';
import {
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '@roundtable/protocol';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateOf } from '../helpers/craftedClient.ts';
import { typeInDraft } from '../helpers/draftEdits.ts';
import { copyOf } from '../helpers/draftState.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, invite } from '../helpers/members.ts';
import { connectRaw } from '../helpers/rawClient.ts';

const MAX_MESSAGE_BYTES = 64 * 1024;
/** Close codes a fuzzed connection may end with: protocol errors, size, the app's own 44xx. */
const EXPECTED_CLOSE = /^(1000|1002|1003|1005|1006|1007|1008|1009|1011|1013|44\d\d)$/;

let server: InProcessServer;
let token: string;
let facilitator: string;
const ID = 'fuzz';
const ROOM = `${ID}:draft`;

beforeAll(async () => {
  server = await startInProcessServer({ maxMessageBytes: MAX_MESSAGE_BYTES });
  await createConsultation(server, { id: ID, seed: 'demo', title: 'Fuzz' });
  token = (await invite(server, ID, { role: 'participant' })).token;
  facilitator = (await invite(server, ID, { role: 'facilitator' })).token;
});
afterAll(async () => {
  await server.close();
});

/** The room's document as the store holds it, read back into a fresh document. */
async function storedDoc(): Promise<Y.Doc> {
  await server.rooms.withRoom(ROOM, (room) => room.settle());
  const stored = await server.backend.docs.load(ROOM);
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

async function healthy(): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

/** Valid frames of every kind, made on the room's own document: the seeds mutations start from. */
async function validFrames(): Promise<Uint8Array[]> {
  const doc = await server.rooms.withRoom(ROOM, (room) => copyOf(room.doc));
  const typing = updateOf(doc, (d) => typeInDraft(d, 'fuzz', 0, { indicatorId: '1.1' }));
  return [
    encodeSyncStep1(Y.encodeStateVector(new Y.Doc())),
    encodeSyncStep2(typing),
    encodeUpdate(typing),
    encodeAwareness(encodeAwarenessUpdate([{ clientId: 4242, clock: 1, state: '{"user":{"name":"F"}}' }])),
  ];
}

/** A valid frame with some bytes flipped, cut short, or extended with noise. */
function mutated(seeds: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.option(fc.nat()),
      fc.uint8Array({ maxLength: 16 }),
    )
    .map(([index, flips, cut, tail]) => {
      const seed = seeds[index] as Uint8Array;
      const bytes = Uint8Array.from(seed);
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      const kept = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
      return Uint8Array.from([...kept, ...tail]);
    });
}

describe('fuzzed websocket frames after the handshake', () => {
  it('never crash the server, corrupt the document or store a poison update', async () => {
    const seeds = await validFrames();
    const frames = fc.oneof(fc.uint8Array({ maxLength: 256 }), mutated(seeds));
    await fc.assert(
      fc.asyncProperty(fc.array(frames, { minLength: 1, maxLength: 8 }), async (sequence) => {
        const raw = await connectRaw(`${server.wsUrl}/${ROOM}?token=${token}`);
        for (const frame of sequence) if (raw.ws.readyState === raw.ws.OPEN) raw.ws.send(frame);
        // The server answers every connection it keeps: a sync step 1 after the fuzz proves it handled the frames.
        if (raw.ws.readyState === raw.ws.OPEN) raw.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
        await new Promise((r) => setTimeout(r, 20));
        raw.ws.close();
        const { code } = await raw.closed;
        expect(String(code)).toMatch(EXPECTED_CLOSE);
      }),
      { numRuns: 150 },
    );
    await healthy();
    const stored = await storedDoc();
    expect(draftViolations(stored)).toEqual([]);
    const live = server.rooms.get(ROOM)?.doc;
    if (live) expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(live));
  });
});

/** A TCP socket to the server with a finished websocket handshake, for frames `ws` would never send. */
async function handshaken(): Promise<{ socket: Socket; closed: Promise<Buffer> }> {
  const { port } = new URL(server.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(
    `GET /collab/${ROOM}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
      'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  const chunks: Buffer[] = [];
  socket.on('data', (d: Buffer) => chunks.push(d));
  socket.on('error', () => {});
  const closed = new Promise<Buffer>((resolve) => socket.once('close', () => resolve(Buffer.concat(chunks))));
  const start = Date.now();
  while (!Buffer.concat(chunks).includes('\r\n\r\n')) {
    if (Date.now() - start > 5_000) throw new Error('no handshake answer');
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(Buffer.concat(chunks).toString('latin1')).toMatch(/^HTTP\/1.1 101/);
  chunks.length = 0;
  return { socket, closed };
}

/** A masked client frame header for `length` payload bytes. */
function frameHeader(opcode: number, length: number, fin = true): Buffer {
  const first = (fin ? 0x80 : 0) | opcode;
  const mask = Buffer.from([1, 2, 3, 4]);
  if (length < 126) return Buffer.concat([Buffer.from([first, 0x80 | length]), mask]);
  if (length < 65536) {
    const b = Buffer.from([first, 0x80 | 126, 0, 0]);
    b.writeUInt16BE(length, 2);
    return Buffer.concat([b, mask]);
  }
  const b = Buffer.alloc(10);
  b[0] = first;
  b[1] = 0x80 | 127;
  b.writeBigUInt64BE(BigInt(length), 2);
  return Buffer.concat([b, mask]);
}

function masked(payload: Buffer): Buffer {
  const key = [1, 2, 3, 4];
  return Buffer.from(payload.map((byte, i) => byte ^ (key[i % 4] as number)));
}

/** The close code of the server's close frame in `bytes`, if it sent one. */
function closeCodeIn(bytes: Buffer): number | null {
  const at = bytes.indexOf(0x88);
  return at >= 0 && bytes.length >= at + 4 ? bytes.readUInt16BE(at + 2) : null;
}

describe('frames no websocket library sends', () => {
  const cases: { name: string; frame: () => Buffer; code: number }[] = [
    {
      name: 'a reserved opcode',
      frame: () => Buffer.concat([frameHeader(0x3, 2), masked(Buffer.from([1, 2]))]),
      code: 1002,
    },
    {
      name: 'a text frame with invalid UTF-8',
      frame: () => Buffer.concat([frameHeader(0x1, 3), masked(Buffer.from([0xff, 0xfe, 0xfd]))]),
      code: 1007,
    },
    {
      name: 'a frame over the size limit',
      frame: () => Buffer.concat([frameHeader(0x2, MAX_MESSAGE_BYTES + 1), masked(Buffer.alloc(1024))]),
      // 4413, not the protocol's 1009: the official client stops reconnecting on a 44xx code.
      code: 4413,
    },
    {
      // Only the header and the first bytes are sent: the server must refuse on the announced length.
      name: 'a 128 MiB frame',
      frame: () => Buffer.concat([frameHeader(0x2, 128 * 1024 * 1024), masked(Buffer.alloc(64 * 1024))]),
      code: 4413,
    },
    {
      name: 'a control frame with a payload over 125 bytes',
      frame: () => Buffer.concat([frameHeader(0x9, 200), masked(Buffer.alloc(200))]),
      code: 1002,
    },
  ];
  it.each(cases)('closes on $name with $code and stays healthy', async ({ frame, code }) => {
    const before = await storedDoc();
    const { socket, closed } = await handshaken();
    socket.write(frame());
    const answer = await closed;
    expect(closeCodeIn(answer)).toBe(code);
    await healthy();
    expect(Y.encodeStateVector(await storedDoc())).toEqual(Y.encodeStateVector(before));
  });
});

describe('fuzzed bytes before the handshake', () => {
  it('never crash the server', async () => {
    const { port } = new URL(server.url);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 512 }),
          fc
            .tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 80 }))
            .map(([path, header]) =>
              Buffer.from(`GET /collab/${path} HTTP/1.1\r\nUpgrade: websocket\r\n${header}\r\n\r\n`),
            ),
        ),
        async (bytes) => {
          const socket = connect(Number(port), '127.0.0.1');
          socket.on('error', () => {});
          await new Promise<void>((resolve) => socket.once('connect', resolve));
          socket.end(bytes);
          await new Promise<void>((resolve) => {
            socket.once('close', () => resolve());
            setTimeout(() => {
              socket.destroy();
              resolve();
            }, 100);
          });
        },
      ),
      { numRuns: 80 },
    );
    await healthy();
  });
});

/** Every API route, with a token that may use it. */
const ROUTES: { method: string; path: string }[] = [
  { method: 'POST', path: '/api/consultations' },
  { method: 'GET', path: `/api/consultations/${ID}` },
  { method: 'POST', path: `/api/consultations/${ID}/invitations` },
  { method: 'DELETE', path: `/api/consultations/${ID}/invitations/x` },
  { method: 'GET', path: `/api/consultations/${ID}/people` },
  { method: 'POST', path: '/api/join' },
  { method: 'PATCH', path: '/api/me' },
  { method: 'GET', path: `/api/consultations/${ID}/threads` },
  { method: 'POST', path: `/api/consultations/${ID}/threads` },
  { method: 'POST', path: `/api/consultations/${ID}/threads/x/comments` },
  { method: 'POST', path: `/api/consultations/${ID}/threads/x/resolve` },
  { method: 'PUT', path: `/api/consultations/${ID}/spotlight` },
  { method: 'PUT', path: `/api/consultations/${ID}/indicators/1.1/status` },
  { method: 'PUT', path: `/api/consultations/${ID}/indicators/1.1/lock` },
  { method: 'PUT', path: `/api/consultations/${ID}/agenda` },
  { method: 'POST', path: `/api/consultations/${ID}/queue` },
  { method: 'PUT', path: `/api/consultations/${ID}/attendance/me` },
  { method: 'GET', path: `/api/consultations/${ID}/decisions` },
];

describe('fuzzed HTTP requests', () => {
  it('never answer 500, and every API error has the JSON error shape', async () => {
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.constant('{"indicatorId":"1.1","type":"update","body":"x","status":"agreed","locked":true}'),
    );
    const request = fc.record({
      route: fc.constantFrom(...ROUTES),
      suffix: fc.oneof(
        fc.constant(''),
        fc.constantFrom('/..', '/%2e%2e/%2e%2e', '/%00', '/%ZZ', '?indicator=%FF', '/\u00e9\u0259'),
        fc.string({ maxLength: 12 }).map((s) => `/${encodeURIComponent(s)}`),
      ),
      body,
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-16', ''),
      who: fc.constantFrom('participant', 'facilitator', 'admin', 'none', 'garbage'),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ route, suffix, body, contentType, who }) => {
        const bearer =
          who === 'participant'
            ? token
            : who === 'facilitator'
              ? facilitator
              : who === 'admin'
                ? server.adminToken
                : who === 'garbage'
                  ? 'x.y.z'
                  : null;
        const headers: Record<string, string> = {};
        if (bearer) headers.authorization = `Bearer ${bearer}`;
        if (contentType) headers['content-type'] = contentType;
        const res = await fetch(`${server.url}${route.path}${suffix}`, {
          method: route.method,
          headers,
          ...(route.method === 'GET' ? {} : { body }),
        });
        const text = await res.text();
        expect(res.status, `${route.method} ${route.path}${suffix} → ${text}`).toBeLessThan(500);
        if (res.status >= 400 && new URL(res.url).pathname.startsWith('/api/')) {
          const parsed = JSON.parse(text);
          expect(typeof parsed.error?.code).toBe('string');
          expect(typeof parsed.error?.message).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
    await healthy();
    expect(draftViolations(await storedDoc())).toEqual([]);
  });

  it('answers a malformed JSON body with 400 and the error shape on every body-taking route', async () => {
    for (const route of ROUTES.filter((r) => r.method !== 'GET' && r.method !== 'DELETE')) {
      const res = await api(server, route.path, { method: route.method, token: facilitator, rawBody: '{"broken":' });
      expect([400, 403, 404], `${route.method} ${route.path}: ${res.status}`).toContain(res.status);
      expect(typeof res.body.error?.code).toBe('string');
    }
  });
});
