import type { CreatedInvitation, Role } from '@roundtable/profile';
import { tokenFor } from '../../server/src/invitations/tokenFor.ts';
import type { RunningRoundtable } from '../../server/src/startRoundtable.ts';

/**
 * Fixed credentials for spawned servers: pass them as env so every instance of
 * a test (and a restarted one) accepts the same tokens.
 *
 * @example
 * const s = await startServer({ env: { ...TEST_AUTH_ENV, REDIS_URL } });
 * const { room, params } = await openRoom(accessTo(s), 'marks');
 */
export const TEST_AUTH_ENV = {
  ADMIN_TOKEN: 'test-admin-token-0123456789',
  SECRET: 'test-signing-secret-0123456789',
} as const;

/** {@link ServerAccess} for a server started with {@link TEST_AUTH_ENV}. */
export function accessTo(server: { url: string }): ServerAccess {
  return { url: server.url, adminToken: TEST_AUTH_ENV.ADMIN_TOKEN };
}

/** Any running server: in process (`InProcessServer`) or spawned, given its admin token. */
export interface ServerAccess {
  /** `http://host:port`. */
  url: string;
  adminToken: string;
}

export interface ApiResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  body: any;
  headers: Headers;
}

/** A JSON request; `token` goes in `Authorization: Bearer`. */
export async function api(
  server: Pick<ServerAccess, 'url'>,
  path: string,
  options: { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, { method: options.method ?? 'GET', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: response.status, body: parsed, headers: response.headers };
}

/** A person invited through the API: the answer of `POST .../invitations` (`createdInvitationSchema`). */
export type Invited = CreatedInvitation;

/** Creates a consultation as the operator; throws unless it was created. */
export async function createConsultation(server: ServerAccess, body: Record<string, unknown>): Promise<{ id: string }> {
  const res = await api(server, '/api/consultations', { method: 'POST', token: server.adminToken, body });
  if (res.status !== 201) throw new Error(`createConsultation: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Invites someone as the operator (or as `by`, a facilitator's token); throws unless it worked. */
export async function invite(
  server: ServerAccess,
  consultationId: string,
  person: { role: Role; name?: string; organisation?: unknown; expiresInHours?: number; by?: string },
): Promise<Invited> {
  const { by, ...rest } = person;
  const res = await api(server, `/api/consultations/${consultationId}/invitations`, {
    method: 'POST',
    token: by ?? server.adminToken,
    body: { name: `Test ${person.role}`, organisation: 'Test organisation', ...rest },
  });
  if (res.status !== 201) throw new Error(`invite: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface OpenedRoom {
  consultationId: string;
  /** The draft room of the consultation, for `connectPeer` and `server.rooms.get`. */
  room: string;
  token: string;
  /** For `connectPeer(wsUrl, room, { params })`. */
  params: { token: string };
}

/**
 * A room a test may use: the draft room of consultation `name` (created with
 * an empty draft on first use), and a token of `role` for it.
 */
export async function openRoom(server: ServerAccess, name: string, role: Role = 'participant'): Promise<OpenedRoom> {
  const res = await api(server, '/api/consultations', {
    method: 'POST',
    token: server.adminToken,
    body: { id: name, seed: 'empty', title: `Test ${name}`, country: 'Testland' },
  });
  if (res.status !== 201 && res.status !== 409) throw new Error(`openRoom: ${res.status} ${JSON.stringify(res.body)}`);
  const { token } = await invite(server, name, { role });
  return { consultationId: name, room: `${name}:draft`, token, params: { token } };
}

/**
 * {@link openRoom} without HTTP, straight through the server's stores: for
 * tests that need hundreds of rooms on an in-process server.
 */
export async function openRoomDirect(
  server: Pick<RunningRoundtable, 'consultations' | 'invitations' | 'tokens'>,
  name: string,
  role: Role = 'participant',
): Promise<OpenedRoom> {
  const now = new Date();
  await server.consultations.ensure({
    id: name,
    title: `Test ${name}`,
    country: 'Testland',
    level: 'national',
    round: 1,
    year: now.getUTCFullYear(),
    status: 'in-consultation',
    languages: ['en'],
    organisations: [],
    seed: 'empty',
    createdAt: now.toISOString(),
  });
  const invitation = await server.invitations.create({
    consultationId: name,
    name: `Test ${role}`,
    organisation: { id: null, name: 'Test organisation' },
    role,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 24 * 3600 * 1000).toISOString(),
    invitedBy: null,
  });
  if (!invitation) throw new Error('openRoomDirect: invitation id collided');
  const token = await tokenFor(server.tokens, invitation);
  return { consultationId: name, room: `${name}:draft`, token, params: { token } };
}

/**
 * Posts `attempts` joins with an unusable token to `server` (as a stranger
 * would) and gives their statuses and the last answer: past the join limit,
 * 401s turn into 429s.
 */
export async function joinAttempts(
  server: Pick<ServerAccess, 'url'>,
  attempts: number,
): Promise<{ statuses: number[]; last: ApiResponse | undefined }> {
  const statuses: number[] = [];
  let last: ApiResponse | undefined;
  for (let i = 0; i < attempts; i++) {
    last = await api(server, '/api/join', { method: 'POST', body: { token: 'not-a-token' } });
    statuses.push(last.status);
  }
  return { statuses, last };
}
