import { ROLES, type Role } from '@roundtable/profile';
import type * as Y from 'yjs';
import { appendInDraft, textAt } from './draftEdits.ts';
import { loaded } from './draftState.ts';
import { type InProcessServer, startInProcessServer } from './inProcessServer.ts';
import { createConsultation, type Invited, invite } from './members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from './providers.ts';
import { connectRaw, type RawClient } from './rawClient.ts';

export const SECRET = 'access-test-secret-0123456789';
export const ADMIN_TOKEN = 'access-test-admin-0123456789';
/** Two consultations (A with the demo draft, B empty): members are invited to A; B is the other one. */
export const A = 'access-a';
export const B = 'access-b';
export const ROOM_A = `${A}:draft`;
export const ROOM_B = `${B}:draft`;

/**
 * A server with known secrets, one member of A per role, and a facilitator
 * (the witness) connected to A's draft throughout: it sees what others do and
 * writes what readers should receive.
 */
export interface AccessFixture {
  server: InProcessServer;
  members: Record<Role, Invited>;
  witness: Peer;
  /**
   * Resolves once an edit made after this call (by another facilitator
   * connection) has reached the server's document and the witness: whatever
   * the server accepted before would have reached the witness first. Call it
   * before asserting that something did NOT reach the witness.
   */
  relayed(): Promise<void>;
  /** The server's document of `room` (A's draft by default); throws when the room is not loaded. */
  roomDoc(room?: string): Y.Doc;
  /** An official provider, closed after the test. */
  peerOf(token: string, room?: string): Peer;
  /** A raw socket to `room` with `query` (e.g. `?token=...`), closed after the test. */
  rawOf(query: string, room?: string, headers?: Record<string, string>): Promise<RawClient>;
  /** Closes what the last test opened. */
  cleanup(): void;
  close(): Promise<void>;
}

export async function startAccessFixture(): Promise<AccessFixture> {
  const server = await startInProcessServer({ auth: { secret: SECRET, adminToken: ADMIN_TOKEN }, sessionSweepMs: 200 });
  // A holds the demo profile, so indicators exist for the meeting and comment probes.
  await createConsultation(server, { id: A, seed: 'demo', title: `Test ${A}`, country: 'Testland' });
  await createConsultation(server, { id: B, seed: 'empty', title: `Test ${B}`, country: 'Testland' });
  const members = {} as Record<Role, Invited>;
  for (const role of ROLES) members[role] = await invite(server, A, { role, name: `A ${role}` });
  const witness = connectPeer(server.wsUrl, ROOM_A, { params: { token: members.facilitator.token } });
  const scribe = connectPeer(server.wsUrl, ROOM_A, { params: { token: members.facilitator.token } });
  await Promise.all([whenSynced(witness), whenSynced(scribe)]);
  let barriers = 0;
  const peers: Peer[] = [];
  const raws: RawClient[] = [];
  return {
    server,
    members,
    witness,
    async relayed() {
      const marker = `[barrier ${barriers++}]`;
      appendInDraft(scribe.doc, marker);
      await waitFor(
        () => textAt(server.rooms.get(ROOM_A)?.doc).includes(marker) && textAt(witness.doc).includes(marker),
        'the barrier edit to reach the server and the witness',
      );
    },
    roomDoc: (room = ROOM_A) => loaded(server.rooms.get(room)?.doc, `room ${room}`),
    peerOf(token, room = ROOM_A) {
      const p = connectPeer(server.wsUrl, room, { params: { token } });
      peers.push(p);
      return p;
    },
    async rawOf(query, room = ROOM_A, headers) {
      const raw = await connectRaw(`${server.wsUrl}/${room}${query}`, headers ? { headers } : {});
      raws.push(raw);
      return raw;
    },
    cleanup() {
      for (const p of peers.splice(0)) p.destroy();
      for (const r of raws.splice(0)) r.ws.close();
    },
    async close() {
      witness.destroy();
      scribe.destroy();
      await server.close();
    },
  };
}
