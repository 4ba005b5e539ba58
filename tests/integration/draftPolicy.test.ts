import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findIndicator, nodeTypeOf } from '@roundtable/draft';
import { ANSWERS, FINDING_KINDS, INDICATOR_STATUSES, ROLES, type Role } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Backend } from '../../server/src/storage/Backend.ts';
import { createEmbeddedBackend } from '../../server/src/storage/createEmbeddedBackend.ts';
import { type CraftedClient, connectCrafted, type SentAs, updateOf } from '../helpers/craftedClient.ts';
import { attributeItem, encodeItems } from '../helpers/craftedStructs.ts';
import {
  addParagraph,
  deleteIndicatorBlock,
  deleteLastParagraph,
  findingParagraphs,
  indicatorField,
  indicatorOrder,
  insertIndicatorBlock,
  moveIndicatorBlock,
  moveLastParagraphToTop,
  sectionBlocks,
  sectionHeading,
  sectionTexts,
  setIndicatorField,
  textAt,
  typeInDraft,
  writeForeignType,
} from '../helpers/draftEdits.ts';
import { copyOf, holdsChangesOf, sameDocument, storedDocument } from '../helpers/draftState.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from '../helpers/members.ts';
import { connectPeer, type Peer, waitFor, whenSynced } from '../helpers/providers.ts';
import { closedFor, within } from '../helpers/wsOutcome.ts';

/*
 * The draft's write policy seen from the wire: hand-written clients send one
 * update each to a demo-seeded draft, and the server must refuse what the
 * policy refuses (close code and a reason naming it), store and relay none
 * of it, and accept the same shape of change from those allowed to make it.
 */

const auth = { secret: 'policy-test-secret-0123456789', adminToken: 'policy-test-admin-0123456789' };
const C = 'policy';
const ROOM = `${C}:draft`;

let dataDir: string;
let backend: Backend;
let server: InProcessServer;
const members = {} as Record<Role, Invited>;
/** A facilitator following the draft throughout: it must receive what is accepted and nothing else. */
let witness: Peer;
/** Official clients that make the allowed controls. */
let facilitatorPeer: Peer;
let participantPeer: Peer;
let serial = 0;
/** Official clients to close after the file. */
const peers: Peer[] = [];
const follow = (token: string) => {
  const peer = connectPeer(server.wsUrl, ROOM, { params: { token } });
  peers.push(peer);
  return peer;
};

const roomDoc = () => server.rooms.get(ROOM)?.doc;
const stored = () => storedDocument(server.backend.docs, ROOM);
const unique = (what: string) => `${what}-${serial++}`;

async function startServer(): Promise<void> {
  server = await startInProcessServer({ backend, auth });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'roundtable-policy-'));
  backend = createEmbeddedBackend(dataDir);
  await startServer();
  await createConsultation(server, { id: C, seed: 'demo', title: 'Policy test', country: 'Testland' });
  for (const role of ROLES) members[role] = await invite(server, C, { role, name: `Policy ${role}` });
  witness = follow(members.facilitator.token);
  facilitatorPeer = follow(members.facilitator.token);
  participantPeer = follow(members.participant.token);
  await Promise.all([witness, facilitatorPeer, participantPeer].map((p) => whenSynced(p)));
});
afterAll(async () => {
  for (const p of peers.splice(0)) p.destroy();
  await server?.close();
  await backend?.close();
});

/** Connects a crafted client as `role` and sends `forge` as one frame; resolves with how the server closed it. */
async function attack(role: Role, forge: (doc: Y.Doc) => void, as: SentAs = 'update') {
  const client: CraftedClient = await connectCrafted(server.wsUrl, ROOM, members[role].token);
  client.send(forge, as);
  const closed = await within(client.closed, 5_000, 'the server to refuse the update');
  return { closed, clientId: client.doc.clientID };
}

/** Whichever comes first: the server closes `client`, or `landed` turns true (the update was accepted). */
async function closedOrLanded(
  client: CraftedClient,
  landed: () => boolean,
): Promise<{ code: number; reason: string } | 'landed'> {
  const accepted = waitFor(landed, 'the update to land', 5_000).then(() => 'landed' as const);
  return within(Promise.race([client.closed, accepted]), 5_000, 'a refusal or the update landing');
}

/**
 * Nothing of what client `clientId` sent is in the server's document or in
 * the store (what a reload or a restart reads); the server's document is
 * still `before`. Run right after the close: the server decided before it.
 */
async function expectNothingStored(clientId: number, before: Y.Doc): Promise<void> {
  expect(holdsChangesOf(roomDoc(), clientId)).toBe(false);
  expect(sameDocument(roomDoc(), before)).toBe(true);
  const reloaded = await stored();
  expect(holdsChangesOf(reloaded, clientId)).toBe(false);
  expect(sameDocument(reloaded, before)).toBe(true);
}

/**
 * Once `landed` holds at the witness (the allowed control, relayed after the
 * refusal), the witness has nothing of client `clientId` and the same
 * document as the server: had the refused update been relayed, it would
 * have arrived first.
 */
async function expectNothingRelayed(clientId: number, landed: (doc: Y.Doc) => boolean): Promise<void> {
  await waitFor(() => landed(witness.doc), 'the allowed control to reach the witness');
  expect(holdsChangesOf(witness.doc, clientId)).toBe(false);
  await waitFor(() => sameDocument(witness.doc, roomDoc()), 'the witness to match the server');
}

const another = <T>(values: readonly T[], current: unknown): T => values.find((v) => v !== current) as T;
const SOURCES = [
  JSON.stringify([{ title: 'Law No. 1 on Foreigners (2019)', kind: 'law', year: 2019 }]),
  JSON.stringify([{ title: 'Decree No. 7 (2021)', kind: 'decree', year: 2021 }]),
];

/** An allowed change of the same shape as a refused one, made by a client allowed to make it. */
interface Control {
  what: string;
  /** Makes the change; returns a check that it arrived in a document. */
  make(): Promise<(doc: Y.Doc) => boolean>;
}

const typeInFinding = (indicatorId: string): Control => ({
  what: `a participant types in finding ${indicatorId}`,
  async make() {
    const marker = unique('typed');
    typeInDraft(participantPeer.doc, `${marker} `, 0, { indicatorId });
    return (doc) => textAt(doc, { indicatorId }).startsWith(`${marker} `);
  },
});

const setField = (indicatorId: string, key: '__answer' | '__kind' | '__sources'): Control => ({
  what: `a facilitator sets ${key} of ${indicatorId} to a valid value`,
  async make() {
    const vocabulary = key === '__answer' ? ANSWERS : key === '__kind' ? FINDING_KINDS : SOURCES;
    const value = another(vocabulary, indicatorField(roomDoc(), indicatorId, key));
    setIndicatorField(facilitatorPeer.doc, indicatorId, key, value);
    return (doc) => indicatorField(doc, indicatorId, key) === value;
  },
});

const statusRoute = (indicatorId: string): Control => ({
  what: `a facilitator sets the status of ${indicatorId} through the API`,
  async make() {
    const status = another(INDICATOR_STATUSES, indicatorField(roomDoc(), indicatorId, '__status'));
    const res = await api(server, `/api/consultations/${C}/indicators/${indicatorId}/status`, {
      method: 'PUT',
      token: members.facilitator.token,
      body: { status },
    });
    expect(res.status).toBe(200);
    return (doc) => indicatorField(doc, indicatorId, '__status') === status;
  },
});

const newParagraphInFinding = (indicatorId: string): Control => ({
  what: `a participant adds a paragraph to finding ${indicatorId}`,
  async make() {
    const text = unique('A new paragraph');
    addParagraph(participantPeer.doc, text, { indicatorId });
    return (doc) => findingParagraphs(doc, indicatorId).at(-1) === text;
  },
});

const deleteParagraphOfFinding = (indicatorId: string): Control => ({
  what: `a participant deletes a paragraph of finding ${indicatorId}`,
  async make() {
    const text = unique('A paragraph to delete');
    addParagraph(participantPeer.doc, text, { indicatorId });
    await waitFor(() => findingParagraphs(roomDoc(), indicatorId).includes(text), 'the paragraph to delete');
    deleteLastParagraph(participantPeer.doc, indicatorId);
    const { clientID } = participantPeer.doc;
    const deletedAt = Y.getState(participantPeer.doc.store, clientID);
    // The deletion has arrived once the document holds everything the participant wrote before it.
    return (doc) => Y.getState(doc.store, clientID) >= deletedAt && !findingParagraphs(doc, indicatorId).includes(text);
  },
});

const moveParagraphOfFinding = (indicatorId: string): Control => ({
  what: `a participant moves a paragraph of finding ${indicatorId}`,
  async make() {
    const text = unique('A paragraph to move');
    addParagraph(participantPeer.doc, text, { indicatorId });
    await waitFor(() => findingParagraphs(roomDoc(), indicatorId).at(-1) === text, 'the paragraph to move');
    moveLastParagraphToTop(participantPeer.doc, indicatorId);
    return (doc) => findingParagraphs(doc, indicatorId)[0] === text;
  },
});

const typeInSummary: Control = {
  what: 'a participant types in the Summary',
  async make() {
    const marker = unique('summary');
    typeInDraft(participantPeer.doc, `${marker} `);
    return (doc) => textAt(doc).startsWith(`${marker} `);
  },
};

interface ForgedCase {
  name: string;
  role: Role;
  forge: (doc: Y.Doc) => void;
  reason: string;
  control: Control;
}

const STRUCTURE = 'the profile’s structure changes through the server only';
const FORGED: ForgedCase[] = [
  {
    name: 'a participant setting __status to agreed',
    role: 'participant',
    forge: (doc) => setIndicatorField(doc, '1.2', '__status', 'agreed'),
    reason: 'refused: the status of indicator 1.2 is set by facilitators through the API',
    control: statusRoute('1.2'),
  },
  ...(['__indicatorId', '__title', '__question'] as const).map(
    (key): ForgedCase => ({
      name: `a participant setting ${key} to FORGED`,
      role: 'participant',
      forge: (doc) => setIndicatorField(doc, '1.2', key, 'FORGED'),
      reason: `refused: the ${{ __indicatorId: 'id', __title: 'title', __question: 'question' }[key]} of indicator 1.2 is fixed: it changes through the server only`,
      control: setField('1.2', '__answer'),
    }),
  ),
  ...(
    [
      ['__answer', 'the answer'],
      ['__kind', 'the kind of finding'],
      ['__sources', 'the sources'],
    ] as const
  ).map(
    ([key, field]): ForgedCase => ({
      name: `a participant setting ${key} to FORGED`,
      role: 'participant',
      forge: (doc) => setIndicatorField(doc, '1.2', key, 'FORGED'),
      reason: `refused: ${field} of indicator 1.2 cannot be "FORGED"`,
      control: setField('1.2', key),
    }),
  ),
  ...(
    [
      ['__answer', 'maybe', 'the answer'],
      ['__kind', 'excellent', 'the kind of finding'],
      ['__sources', '[{"title":"A law"}]', 'the sources'],
    ] as const
  ).map(
    ([key, value, field]): ForgedCase => ({
      name: `a facilitator setting ${key} to ${value}, outside the vocabulary`,
      role: 'facilitator',
      forge: (doc) => setIndicatorField(doc, '1.3', key, value),
      reason: `refused: ${field} of indicator 1.3 cannot be ${JSON.stringify(value)}`,
      control: setField('1.3', key),
    }),
  ),
  {
    name: 'a participant deleting an indicator block',
    role: 'participant',
    forge: (doc) => deleteIndicatorBlock(doc, '1.4'),
    reason: `refused: indicator 1.4 cannot be deleted or moved: ${STRUCTURE}`,
    control: deleteParagraphOfFinding('1.4'),
  },
  {
    name: 'a participant moving an indicator block (deleting it, inserting a copy)',
    role: 'participant',
    forge: (doc) => moveIndicatorBlock(doc, '1.5', '1.1'),
    reason: `refused: indicator 1.5 cannot be added or moved: ${STRUCTURE} (+1 more)`,
    control: moveParagraphOfFinding('1.5'),
  },
  {
    name: 'a facilitator moving an indicator block',
    role: 'facilitator',
    forge: (doc) => moveIndicatorBlock(doc, '1.5', '1.1'),
    reason: `refused: indicator 1.5 cannot be added or moved: ${STRUCTURE} (+1 more)`,
    control: moveParagraphOfFinding('1.5'),
  },
  {
    name: 'a participant inserting a new indicator block',
    role: 'participant',
    forge: (doc) => insertIndicatorBlock(doc, '1.99', '1.6'),
    reason: `refused: indicator 1.99 cannot be added or moved: ${STRUCTURE}`,
    control: newParagraphInFinding('1.6'),
  },
  {
    name: 'a facilitator typing in the Introduction (standard text)',
    role: 'facilitator',
    forge: (doc) => typeInDraft(doc, 'Forged introduction. ', 0, { section: 'introduction' }),
    reason: 'refused: the section “introduction” is standard text and read-only',
    control: typeInSummary,
  },
  {
    name: 'a participant writing into a new top-level type',
    role: 'participant',
    forge: (doc) => writeForeignType(doc, 'forged', 'not part of the draft'),
    reason: 'refused: a top-level type “forged” the draft does not have',
    control: typeInFinding('1.7'),
  },
];

describe('a crafted client sending one update the policy refuses', () => {
  it.each(FORGED)(
    'refuses $name with 4422 and a reason naming it, stores and relays nothing, and accepts the allowed control',
    async ({ role, forge, reason, control }) => {
      const before = copyOf(roomDoc());
      const { closed, clientId } = await attack(role, forge);
      expect(closed).toEqual({ code: CloseCode.UpdateRefused, reason });
      await expectNothingStored(clientId, before);
      const landed = await control.make();
      await waitFor(() => landed(roomDoc() as Y.Doc), `the control (${control.what}) to land`);
      await expectNothingRelayed(clientId, landed);
      expect(landed(await stored())).toBe(true);
    },
  );

  it('leaves the profile’s structure and fields as seeded after all of them', () => {
    expect(indicatorOrder(roomDoc()).slice(0, 7)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    expect(indicatorOrder(roomDoc())).not.toContain('1.99');
    for (const key of ['__indicatorId', '__title', '__question'])
      expect(indicatorField(roomDoc(), '1.2', key)).not.toBe('FORGED');
    expect(roomDoc()?.share.has('forged')).toBe(false);
    expect(textAt(roomDoc(), { section: 'introduction' })).not.toContain('Forged');
    expect(sameDocument(witness.doc, roomDoc())).toBe(true);
  });

  it('closes an update that depends on changes the server lacks with 1013, storing nothing', async () => {
    const client = await connectCrafted(server.wsUrl, ROOM, members.participant.token);
    const before = copyOf(roomDoc());
    // Typed twice; only the second keystroke is sent, which the server cannot place without the first.
    typeInDraft(client.doc, 'first ', 0, { indicatorId: '2.1' });
    client.send((doc) => typeInDraft(doc, 'second ', 6, { indicatorId: '2.1' }));
    expect(await within(client.closed, 5_000, 'the close')).toEqual({
      code: CloseCode.TryAgainLater,
      reason: 'out of date: reconnect and resend',
    });
    await expectNothingStored(client.doc.clientID, before);
  });
});

/** Each indicator field and the finding's text, with a legal value for each, so only the writer's rights decide. */
const FIELDS: { field: string; change: (doc: Y.Doc | undefined) => { value: string; key: string | null } }[] = [
  { field: 'finding text', change: () => ({ key: null, value: `${unique('typed')} ` }) },
  {
    field: '__answer',
    change: (doc) => ({ key: '__answer', value: another(ANSWERS, indicatorField(doc, '3.1', '__answer')) }),
  },
  {
    field: '__kind',
    change: (doc) => ({ key: '__kind', value: another(FINDING_KINDS, indicatorField(doc, '3.1', '__kind')) }),
  },
  {
    field: '__sources',
    change: (doc) => ({ key: '__sources', value: another(SOURCES, indicatorField(doc, '3.1', '__sources')) }),
  },
  {
    field: '__status',
    change: (doc) => ({ key: '__status', value: another(INDICATOR_STATUSES, indicatorField(doc, '3.1', '__status')) }),
  },
  { field: '__indicatorId', change: () => ({ key: '__indicatorId', value: '3.99' }) },
  { field: '__title', change: () => ({ key: '__title', value: 'A better title' }) },
  { field: '__question', change: () => ({ key: '__question', value: 'A better question?' }) },
];

/** The role table, written out (not read from `can()`): what each role may change in an indicator. */
const MAY: Record<Role, readonly string[]> = {
  facilitator: ['finding text', '__answer', '__kind', '__sources'],
  participant: ['finding text'],
  commenter: [],
  observer: [],
};
/** The reason a refused field names, for roles that edit (read-only roles are told they may not edit). */
const REFUSAL: Record<string, string> = {
  __answer: 'refused: the answer of indicator 3.1 is changed by facilitators only',
  __kind: 'refused: the kind of finding of indicator 3.1 is changed by facilitators only',
  __sources: 'refused: the sources of indicator 3.1 is changed by facilitators only',
  __status: 'refused: the status of indicator 3.1 is set by facilitators through the API',
  __indicatorId: 'refused: the id of indicator 3.1 is fixed: it changes through the server only',
  __title: 'refused: the title of indicator 3.1 is fixed: it changes through the server only',
  __question: 'refused: the question of indicator 3.1 is fixed: it changes through the server only',
};
const READ_ONLY = ['commenter', 'observer'];

const TABLE = ROLES.flatMap((role) =>
  FIELDS.flatMap(({ field, change }) =>
    (['update', 'step2'] as const).map((as) => {
      const allowed = MAY[role].includes(field);
      const name = `${role} ${allowed ? 'may' : 'may not'} change ${field}, by ${as === 'update' ? 'sync update' : 'sync step 2'}`;
      return { name, role, field, change, as, allowed };
    }),
  ),
);

/*
 * Updates Yjs integrates somewhere else than their structs claim. A client
 * may write any struct; the policy must judge where Yjs will put it, on the
 * server and on every client that receives it.
 */
describe('structs whose claims disagree with where Yjs puts them', () => {
  /** The update a change makes on a copy of the server's document, as client `clientId`. */
  const madeAs = (clientId: number, change: (doc: Y.Doc) => void) => {
    const copy = copyOf(roomDoc());
    copy.clientID = clientId;
    return updateOf(copy, change);
  };

  // Regression: an item partly known to the server is integrated after the known part (Item.integrate with an
  // offset), in the parent its claimed origin names; clients receiving the relay put it after the known part.
  it('refuses an item that extends the server’s last status change while claiming to be a Summary style', async () => {
    const status = await api(server, `/api/consultations/${C}/indicators/1.8/status`, {
      method: 'PUT',
      token: members.facilitator.token,
      body: { status: 'under-discussion' },
    });
    expect(status.status).toBe(200);
    const statusItem = attributeItem(findIndicator(roomDoc() as Y.Doc, '1.8') as Y.XmlText, '__status');
    const serverClient = statusItem.id.client;
    // The status item is the server's newest struct: an item starting there and one longer is partly known.
    expect(Y.getState((roomDoc() as Y.Doc).store, serverClient)).toBe(statusItem.id.clock + statusItem.length);
    const summaryParagraph = sectionBlocks(roomDoc() as Y.Doc, 'summary')[0] as Y.XmlText;
    const forged = encodeItems([
      {
        client: serverClient,
        clock: statusItem.id.clock,
        origin: attributeItem(summaryParagraph, '__style').lastId,
        content: new Y.ContentAny(['under-discussion', 'agreed']),
      },
    ]);
    const before = copyOf(roomDoc());
    const client = await connectCrafted(server.wsUrl, ROOM, members.participant.token);
    client.sendUpdate(forged);
    const outcome = await closedOrLanded(
      client,
      () => indicatorField(witness.doc, '1.8', '__status') !== 'under-discussion',
    );
    expect(outcome).toMatchObject({ code: CloseCode.UpdateRefused });
    expect(indicatorField(roomDoc(), '1.8', '__status')).toBe('under-discussion');
    expect(indicatorField(await stored(), '1.8', '__status')).toBe('under-discussion');
    expect(sameDocument(roomDoc(), before)).toBe(true);
    expect(sameDocument(await stored(), before)).toBe(true);
    const landed = await typeInFinding('1.8').make();
    await waitFor(() => landed(witness.doc), 'a later edit to reach the witness');
    expect(indicatorField(witness.doc, '1.8', '__status')).toBe('under-discussion');
  });

  // Regression: Yjs keeps the first of two values set on a new node without overwriting (same origin), the
  // policy read the last one.
  it('refuses a new block that sets __type twice, indicator then paragraph', async () => {
    const summaryParagraph = sectionBlocks(roomDoc() as Y.Doc, 'summary').at(-1) as Y.XmlText;
    const attacker = 4_000_000_001;
    const holder = Y.createID(attacker, 0);
    const forged = encodeItems([
      {
        client: attacker,
        clock: 0,
        origin: (summaryParagraph._item as Y.Item).lastId,
        rightOrigin: (sectionHeading(roomDoc() as Y.Doc, 'introduction')._item as Y.Item).id,
        content: new Y.ContentType(new Y.XmlText()),
      },
      { client: attacker, clock: 1, parent: holder, parentSub: '__type', content: new Y.ContentAny(['indicator']) },
      { client: attacker, clock: 2, parent: holder, parentSub: '__type', content: new Y.ContentAny(['paragraph']) },
    ]);
    const before = copyOf(roomDoc());
    const client = await connectCrafted(server.wsUrl, ROOM, members.participant.token);
    client.sendUpdate(forged);
    const outcome = await closedOrLanded(client, () => holdsChangesOf(roomDoc(), attacker));
    // The second value is refused; the first, an indicator, cannot be added by a member.
    expect(outcome).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: two values for __type of a new node at once (+1 more)',
    });
    await expectNothingStored(attacker, before);
    const blocks = sectionBlocks(roomDoc() as Y.Doc, 'summary');
    expect(blocks.map((block) => nodeTypeOf(block))).not.toContain('indicator');
  });

  // Regression: a top-level block lands where Yjs's conflict resolution puts it between its origin and right
  // origin, not necessarily next to its origin; the policy took the section of the origin.
  it('refuses a paragraph that claims to follow the Summary but lands in the Introduction', async () => {
    const attacker = 4_000_000_002;
    const [, secondIntroParagraph] = sectionBlocks(roomDoc() as Y.Doc, 'introduction');
    expect(secondIntroParagraph).toBeDefined();
    const honest = madeAs(attacker, (doc) => addParagraph(doc, 'Forged standard text.', { section: 'introduction' }));
    const structs = Y.decodeUpdate(honest).structs as Y.Item[];
    const lastSummaryBlock = sectionBlocks(roomDoc() as Y.Doc, 'summary').at(-1) as Y.XmlText;
    // Same paragraph, same right neighbour (inside the Introduction), but a left origin in the Summary.
    const forged = encodeItems(
      structs.map((struct, i) => ({
        client: struct.id.client,
        clock: struct.id.clock,
        origin: i === 0 ? (lastSummaryBlock._item as Y.Item).lastId : struct.origin,
        rightOrigin: struct.rightOrigin,
        parent: struct.origin === null && struct.rightOrigin === null ? (struct.parent as unknown as Y.ID) : null,
        parentSub: struct.origin === null && struct.rightOrigin === null ? struct.parentSub : null,
        content: struct.content as Y.ContentAny,
      })),
    );
    const before = copyOf(roomDoc());
    const client = await connectCrafted(server.wsUrl, ROOM, members.participant.token);
    client.sendUpdate(forged);
    const outcome = await closedOrLanded(client, () => holdsChangesOf(roomDoc(), attacker));
    expect(outcome).toMatchObject({ code: CloseCode.UpdateRefused });
    await expectNothingStored(attacker, before);
    expect(sectionTexts(roomDoc(), 'introduction')).not.toContain('Forged standard text.');
  });
});

describe('the role table, field by field, as sync update and as sync step 2', () => {
  it.each(TABLE)('$name', async ({ role, change, as, allowed }) => {
    const before = copyOf(roomDoc());
    const { key, value } = change(roomDoc());
    const landed = (doc: Y.Doc | undefined) =>
      key === null ? textAt(doc, { indicatorId: '3.1' }).startsWith(value) : indicatorField(doc, '3.1', key) === value;
    const client = await connectCrafted(server.wsUrl, ROOM, members[role].token);
    client.send((doc) => {
      if (key === null) typeInDraft(doc, value, 0, { indicatorId: '3.1' });
      else setIndicatorField(doc, '3.1', key, value);
    }, as);
    if (allowed) {
      await waitFor(() => landed(roomDoc()) && landed(witness.doc), 'the change to land and reach the witness');
      expect(landed(await stored())).toBe(true);
      client.raw.ws.close();
      return;
    }
    const closed = await within(client.closed, 5_000, 'the refusal');
    if (READ_ONLY.includes(role)) {
      expect(closed).toEqual({ code: CloseCode.Forbidden, reason: 'this role may not edit the document' });
    } else {
      expect(closed).toEqual({ code: CloseCode.UpdateRefused, reason: REFUSAL[key as string] });
    }
    await expectNothingStored(client.doc.clientID, before);
  });

  it('covers every role and field in both message kinds', () => {
    expect(TABLE).toHaveLength(ROLES.length * FIELDS.length * 2);
    expect(TABLE.filter((row) => row.allowed)).toHaveLength(2 * (4 + 1));
  });
});

describe('an offline client whose rights changed', () => {
  /** A facilitator who edits offline, and is re-invited with `role` before reconnecting. */
  async function demotedWhileOffline(role: Role, indicatorId: string) {
    const first = await invite(server, C, { role: 'facilitator', name: unique('Offline facilitator') });
    const offline = follow(first.token);
    await whenSynced(offline);
    offline.provider.disconnect();
    const marker = unique('typed offline');
    const answer = another(ANSWERS, indicatorField(roomDoc(), indicatorId, '__answer'));
    typeInDraft(offline.doc, `${marker} `, 0, { indicatorId });
    setIndicatorField(offline.doc, indicatorId, '__answer', answer);
    const revoked = await api(server, `/api/consultations/${C}/invitations/${first.id}`, {
      method: 'DELETE',
      token: members.facilitator.token,
    });
    expect(revoked.status).toBe(200);
    const again = await invite(server, C, { role, name: 'Offline facilitator, demoted' });
    offline.provider.params = { token: again.token };
    const before = copyOf(roomDoc());
    const oldAnswer = indicatorField(roomDoc(), indicatorId, '__answer');
    const closed = closedFor(offline);
    // Reconnecting sends the offline edits in one sync step 2.
    offline.provider.connect();
    return {
      offline,
      marker,
      answer,
      oldAnswer,
      before,
      token: again.token,
      closed: await within(closed, 5_000, 'the close'),
    };
  }

  it('keeps the finding it typed, drops the answer it may no longer set, and says so', async () => {
    const { offline, marker, answer, oldAnswer, closed, token } = await demotedWhileOffline('participant', '4.1');
    expect(closed).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: the answer of indicator 4.1 is changed by facilitators only',
    });
    const kept = (doc: Y.Doc | undefined) => textAt(doc, { indicatorId: '4.1' }).startsWith(`${marker} `);
    expect(kept(roomDoc())).toBe(true);
    expect(indicatorField(roomDoc(), '4.1', '__answer')).toBe(oldAnswer);
    await waitFor(() => kept(witness.doc), 'the kept part to reach the witness');
    expect(indicatorField(witness.doc, '4.1', '__answer')).toBe(oldAnswer);
    const reloaded = await stored();
    expect(kept(reloaded)).toBe(true);
    expect(indicatorField(reloaded, '4.1', '__answer')).toBe(oldAnswer);
    // The old copy still shows the refused answer: it cannot be used again.
    expect(indicatorField(offline.doc, '4.1', '__answer')).toBe(answer);
    expect(sameDocument(offline.doc, roomDoc())).toBe(false);

    // The official client, starting again from a fresh document, converges with the server.
    const fresh = follow(token);
    await whenSynced(fresh);
    expect(sameDocument(fresh.doc, roomDoc())).toBe(true);
    expect(kept(fresh.doc)).toBe(true);
    expect(indicatorField(fresh.doc, '4.1', '__answer')).toBe(oldAnswer);
    // And it can go on editing.
    typeInDraft(fresh.doc, 'after the refusal ', 0, { indicatorId: '4.1' });
    await waitFor(
      () => textAt(witness.doc, { indicatorId: '4.1' }).startsWith('after the refusal '),
      'an edit after the refusal',
    );
  });

  it('keeps nothing when re-invited as an observer: 4403', async () => {
    const { marker, oldAnswer, before, closed } = await demotedWhileOffline('observer', '4.2');
    expect(closed).toEqual({ code: CloseCode.Forbidden, reason: 'this role may not edit the document' });
    expect(sameDocument(roomDoc(), before)).toBe(true);
    expect(indicatorField(roomDoc(), '4.2', '__answer')).toBe(oldAnswer);
    const reloaded = await stored();
    expect(sameDocument(reloaded, before)).toBe(true);
    expect(textAt(reloaded, { indicatorId: '4.2' })).not.toContain(marker);
  });
});

describe('after a restart on the same data', () => {
  it('keeps nothing of the refused updates and everything of the accepted ones', async () => {
    const attackers: number[] = [];
    for (const { role, forge } of FORGED) attackers.push((await attack(role, forge, 'step2')).clientId);
    const marker = unique('accepted before the restart');
    typeInDraft(participantPeer.doc, `${marker} `, 0, { indicatorId: '5.1' });
    await waitFor(() => textAt(roomDoc(), { indicatorId: '5.1' }).startsWith(marker), 'the accepted edit');
    const before = copyOf(roomDoc());
    for (const p of peers.splice(0)) p.destroy();
    await server.close();
    await backend.close();

    backend = createEmbeddedBackend(dataDir);
    await startServer();
    const reloaded = await server.rooms.open(ROOM);
    expect(sameDocument(reloaded.doc, before)).toBe(true);
    for (const clientId of attackers) expect(holdsChangesOf(reloaded.doc, clientId)).toBe(false);
    expect(textAt(reloaded.doc, { indicatorId: '5.1' }).startsWith(marker)).toBe(true);
    witness = follow(members.observer.token);
    await whenSynced(witness);
    expect(sameDocument(witness.doc, before)).toBe(true);
  });
});
