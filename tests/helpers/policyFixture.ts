import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANSWERS, FINDING_KINDS, INDICATOR_STATUSES, ROLES, type Role } from '@roundtable/profile';
import { expect } from 'vitest';
import * as Y from 'yjs';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../../server/src/storage/createEmbeddedBackend.ts';
import { type CraftedClient, connectCrafted, type SentAs } from './craftedClient.ts';
import {
  addParagraph,
  deleteLastParagraph,
  findingParagraphs,
  indicatorField,
  moveLastParagraphToTop,
  setIndicatorField,
  textAt,
  typeInDraft,
} from './draftEdits.ts';
import { holdsChangesOf, loaded, sameDocument, storedDocument } from './draftState.ts';
import { type InProcessServer, startInProcessServer } from './inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from './members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from './providers.ts';
import type { Closed } from './wsOutcome.ts';
import { within } from './wsOutcome.ts';

/**
 * A server on an embedded store (so it can restart on the same data) with a
 * demo-seeded consultation, one member per role, a facilitator witness that
 * follows the draft throughout, and a facilitator and a participant on
 * official clients to make the allowed changes. For tests of the draft's
 * write policy from the wire.
 *
 * @example
 * const f = await PolicyFixture.start('policy');
 * const before = copyOf(f.roomDoc());
 * const { closed, clientId } = await f.attack('participant', (doc) => deleteIndicatorBlock(doc, '1.4'));
 * await f.expectNothingStored(clientId, before);
 */
export class PolicyFixture {
  readonly members = {} as Record<Role, Invited>;
  server!: InProcessServer;
  /** A facilitator following the draft: it must receive what is accepted and nothing else. */
  witness!: Peer;
  facilitatorPeer!: Peer;
  participantPeer!: Peer;
  private backend!: Backend;
  private readonly peers: Peer[] = [];
  private serial = 0;

  private constructor(
    readonly consultationId: string,
    private readonly dataDir: string,
  ) {}

  static async start(consultationId: string): Promise<PolicyFixture> {
    const f = new PolicyFixture(consultationId, mkdtempSync(join(tmpdir(), 'roundtable-policy-')));
    await f.startServer();
    await createConsultation(f.server, { id: consultationId, seed: 'demo', title: 'Policy test', country: 'Testland' });
    for (const role of ROLES)
      f.members[role] = await invite(f.server, consultationId, { role, name: `Policy ${role}` });
    await f.connectPeers();
    return f;
  }

  get room(): string {
    return `${this.consultationId}:draft`;
  }

  /** The server's live document of the draft; throws when the room is not loaded. */
  roomDoc(): Y.Doc {
    return loaded(this.server.rooms.get(this.room)?.doc, `room ${this.room}`);
  }

  /** The draft as the store holds it: what a reload or a restart reads. */
  stored(): Promise<Y.Doc> {
    return storedDocument(this.server.backend.docs, this.room);
  }

  /** `what` made unique within the file. */
  unique(what: string): string {
    return `${what}-${this.serial++}`;
  }

  /** An official client on the draft, closed with the fixture. */
  follow(token: string): Peer {
    const peer = connectPeer(this.server.wsUrl, this.room, { params: { token } });
    this.peers.push(peer);
    return peer;
  }

  /** A crafted client of `role` on the draft (see `connectCrafted`). */
  crafted(role: Role): Promise<CraftedClient> {
    return connectCrafted(this.server.wsUrl, this.room, this.members[role].token);
  }

  /** Connects a crafted client as `role`, sends `forge` as one frame, and resolves with how the server closed it. */
  async attack(role: Role, forge: (doc: Y.Doc) => void, as: SentAs = 'update') {
    const client = await this.crafted(role);
    client.send(forge, as);
    const closed = await within(client.closed, 5_000, 'the server to refuse the update');
    return { closed, clientId: client.doc.clientID };
  }

  /** Whichever comes first: the server closes `client`, or `landed` turns true (the update was accepted). */
  closedOrLanded(client: CraftedClient, landed: () => boolean): Promise<Closed | 'landed'> {
    const accepted = waitFor(landed, 'the update to land', 5_000).then(() => 'landed' as const);
    return within(Promise.race([client.closed, accepted]), 5_000, 'a refusal or the update landing');
  }

  /**
   * Nothing of what client `clientId` sent is in the server's document or in
   * the store; the server's document is still `before`. Run right after the
   * close: the server decided before it.
   */
  async expectNothingStored(clientId: number, before: Y.Doc): Promise<void> {
    expect(holdsChangesOf(this.roomDoc(), clientId)).toBe(false);
    expect(sameDocument(this.roomDoc(), before)).toBe(true);
    const reloaded = await this.stored();
    expect(holdsChangesOf(reloaded, clientId)).toBe(false);
    expect(sameDocument(reloaded, before)).toBe(true);
  }

  /**
   * Once `landed` holds at the witness (an allowed change made after the
   * refusal), the witness has nothing of client `clientId` and the same
   * document as the server: had the refused update been relayed, it would
   * have arrived first.
   */
  async expectNothingRelayed(clientId: number, landed: (doc: Y.Doc) => boolean): Promise<void> {
    await waitFor(() => landed(this.witness.doc), 'the allowed change to reach the witness');
    expect(holdsChangesOf(this.witness.doc, clientId)).toBe(false);
    await waitFor(() => sameDocument(this.witness.doc, this.roomDoc()), 'the witness to match the server');
  }

  /** Closes every client and the server, then starts a new server on the same data and reconnects the clients. */
  async restart(): Promise<void> {
    await this.stop();
    await this.startServer();
    await this.connectPeers();
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async startServer(): Promise<void> {
    this.backend = createEmbeddedBackend(this.dataDir);
    this.server = await startInProcessServer({
      backend: this.backend,
      auth: { secret: 'policy-test-secret-0123456789', adminToken: 'policy-test-admin-0123456789' },
    });
  }

  private async connectPeers(): Promise<void> {
    this.witness = this.follow(this.members.facilitator.token);
    this.facilitatorPeer = this.follow(this.members.facilitator.token);
    this.participantPeer = this.follow(this.members.participant.token);
    await Promise.all([this.witness, this.facilitatorPeer, this.participantPeer].map((p) => whenSynced(p)));
  }

  private async stop(): Promise<void> {
    for (const peer of this.peers.splice(0)) peer.destroy();
    await this.server.close();
    await this.backend.close();
  }
}

/** An allowed change of the same shape as a refused one, made by an official client allowed to make it. */
export interface Control {
  what: string;
  /** Makes the change; resolves with a check that it arrived in a document. */
  make(f: PolicyFixture): Promise<(doc: Y.Doc) => boolean>;
}

/** A value of `values` other than `current`. */
export const another = <T>(values: readonly T[], current: unknown): T => values.find((v) => v !== current) as T;

/** Two legal values of an indicator's sources. */
export const SOURCES = [
  JSON.stringify([{ title: 'Law No. 1 on Foreigners (2019)', kind: 'law', year: 2019 }]),
  JSON.stringify([{ title: 'Decree No. 7 (2021)', kind: 'decree', year: 2021 }]),
];

/** A participant types at the start of finding `indicatorId`. */
export const typeInFinding = (indicatorId: string): Control => ({
  what: `a participant types in finding ${indicatorId}`,
  async make(f) {
    const marker = f.unique('typed');
    typeInDraft(f.participantPeer.doc, `${marker} `, 0, { indicatorId });
    return (doc) => textAt(doc, { indicatorId }).startsWith(`${marker} `);
  },
});

/** A participant types at the start of the Summary. */
export const typeInSummary: Control = {
  what: 'a participant types in the Summary',
  async make(f) {
    const marker = f.unique('summary');
    typeInDraft(f.participantPeer.doc, `${marker} `);
    return (doc) => textAt(doc).startsWith(`${marker} `);
  },
};

/** A facilitator sets `key` of indicator `indicatorId` to another legal value, through the document. */
export const setField = (indicatorId: string, key: '__answer' | '__kind' | '__sources'): Control => ({
  what: `a facilitator sets ${key} of ${indicatorId} to a valid value`,
  async make(f) {
    const vocabulary = key === '__answer' ? ANSWERS : key === '__kind' ? FINDING_KINDS : SOURCES;
    const value = another(vocabulary, indicatorField(f.roomDoc(), indicatorId, key));
    setIndicatorField(f.facilitatorPeer.doc, indicatorId, key, value);
    return (doc) => indicatorField(doc, indicatorId, key) === value;
  },
});

/** A facilitator sets the status of indicator `indicatorId` through `PUT .../status`. */
export const statusRoute = (indicatorId: string): Control => ({
  what: `a facilitator sets the status of ${indicatorId} through the API`,
  async make(f) {
    const status = another(INDICATOR_STATUSES, indicatorField(f.roomDoc(), indicatorId, '__status'));
    const res = await api(f.server, `/api/consultations/${f.consultationId}/indicators/${indicatorId}/status`, {
      method: 'PUT',
      token: f.members.facilitator.token,
      body: { status },
    });
    expect(res.status).toBe(200);
    return (doc) => indicatorField(doc, indicatorId, '__status') === status;
  },
});

/** A participant adds a paragraph at the end of finding `indicatorId`. */
export const newParagraphInFinding = (indicatorId: string): Control => ({
  what: `a participant adds a paragraph to finding ${indicatorId}`,
  async make(f) {
    const text = f.unique('A new paragraph');
    addParagraph(f.participantPeer.doc, text, { indicatorId });
    return (doc) => findingParagraphs(doc, indicatorId).at(-1) === text;
  },
});

/** A participant adds a paragraph to finding `indicatorId`, then deletes it. */
export const deleteParagraphOfFinding = (indicatorId: string): Control => ({
  what: `a participant deletes a paragraph of finding ${indicatorId}`,
  async make(f) {
    const text = f.unique('A paragraph to delete');
    const peer = f.participantPeer;
    addParagraph(peer.doc, text, { indicatorId });
    await waitFor(() => findingParagraphs(f.roomDoc(), indicatorId).includes(text), 'the paragraph to delete');
    deleteLastParagraph(peer.doc, indicatorId);
    const { clientID } = peer.doc;
    const deletedAt = Y.getState(peer.doc.store, clientID);
    // The deletion has arrived once the document holds everything the participant wrote before it.
    return (doc) => Y.getState(doc.store, clientID) >= deletedAt && !findingParagraphs(doc, indicatorId).includes(text);
  },
});

/** A participant adds a paragraph to finding `indicatorId`, then moves it to the top (delete and reinsert). */
export const moveParagraphOfFinding = (indicatorId: string): Control => ({
  what: `a participant moves a paragraph of finding ${indicatorId}`,
  async make(f) {
    const text = f.unique('A paragraph to move');
    addParagraph(f.participantPeer.doc, text, { indicatorId });
    await waitFor(() => findingParagraphs(f.roomDoc(), indicatorId).at(-1) === text, 'the paragraph to move');
    moveLastParagraphToTop(f.participantPeer.doc, indicatorId);
    return (doc) => findingParagraphs(doc, indicatorId)[0] === text;
  },
});
