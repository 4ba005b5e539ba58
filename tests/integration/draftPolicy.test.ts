import { findIndicator, nodeTypeOf } from '@roundtable/draft';
import type { Role } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateOf } from '../helpers/craftedClient.ts';
import { attributeItem, encodeItems } from '../helpers/craftedStructs.ts';
import {
  addParagraph,
  deleteIndicatorBlock,
  indicatorField,
  indicatorOrder,
  insertIndicatorBlock,
  moveIndicatorBlock,
  sectionBlocks,
  sectionHeading,
  sectionTexts,
  setIndicatorField,
  styleInDraft,
  textAt,
  typeInDraft,
  writeForeignType,
} from '../helpers/draftEdits.ts';
import { copyOf, holdsChangesOf, sameDocument } from '../helpers/draftState.ts';
import { api } from '../helpers/members.ts';
import {
  type Control,
  deleteParagraphOfFinding,
  moveParagraphOfFinding,
  newParagraphInFinding,
  PolicyFixture,
  setField,
  statusRoute,
  typeInFinding,
  typeInSummary,
} from '../helpers/policyFixture.ts';
import { waitFor, whenSynced } from '../helpers/providers.ts';
import { within } from '../helpers/wsOutcome.ts';

/*
 * The draft's write policy seen from the wire: hand-written clients send one
 * update each to a demo-seeded draft, and the server must refuse what the
 * policy refuses (close code and a reason naming it), store and relay none
 * of it, and accept the same shape of change from those allowed to make it.
 * The role table and offline clients: draftPolicyRoles.test.ts.
 */

let f: PolicyFixture;
beforeAll(async () => {
  f = await PolicyFixture.start('policy');
});
afterAll(async () => {
  await f?.close();
});

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
    name: 'a participant styling a finding’s text as a box over the whole page',
    role: 'participant',
    forge: (doc) =>
      styleInDraft(doc, 'position:fixed;inset:0;z-index:2147483647;background:red', { indicatorId: '1.8' }, 'text'),
    reason: 'refused: __style of a text cannot be "position:fixed;inset:0;z-index:2147483…"',
    control: typeInFinding('1.8'),
  },
  {
    name: 'a participant hiding a paragraph of a finding with inline CSS',
    role: 'participant',
    forge: (doc) => styleInDraft(doc, 'display:none', { indicatorId: '1.9' }, 'paragraph'),
    reason: 'refused: __style of a paragraph cannot be "display:none"',
    control: typeInFinding('1.9'),
  },
  {
    name: 'a participant hiding a whole indicator with inline CSS',
    role: 'participant',
    forge: (doc) => setIndicatorField(doc, '2.1', '__style', 'display:none'),
    reason: 'refused: __style of indicator 2.1 cannot be "display:none"',
    control: typeInFinding('2.1'),
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
      const before = copyOf(f.roomDoc());
      const { closed, clientId } = await f.attack(role, forge);
      expect(closed).toEqual({ code: CloseCode.UpdateRefused, reason });
      await f.expectNothingStored(clientId, before);
      const landed = await control.make(f);
      await waitFor(() => landed(f.roomDoc() as Y.Doc), `the control (${control.what}) to land`);
      await f.expectNothingRelayed(clientId, landed);
      expect(landed(await f.stored())).toBe(true);
    },
  );

  it('leaves the profile’s structure and fields as seeded after all of them', () => {
    expect(indicatorOrder(f.roomDoc()).slice(0, 7)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    expect(indicatorOrder(f.roomDoc())).not.toContain('1.99');
    for (const key of ['__indicatorId', '__title', '__question'])
      expect(indicatorField(f.roomDoc(), '1.2', key)).not.toBe('FORGED');
    expect(f.roomDoc()?.share.has('forged')).toBe(false);
    expect(textAt(f.roomDoc(), { section: 'introduction' })).not.toContain('Forged');
    expect(sameDocument(f.witness.doc, f.roomDoc())).toBe(true);
  });

  it('closes an update that depends on changes the server lacks with 1013, storing nothing', async () => {
    const client = await f.crafted('participant');
    const before = copyOf(f.roomDoc());
    // Typed twice; only the second keystroke is sent, which the server cannot place without the first.
    typeInDraft(client.doc, 'first ', 0, { indicatorId: '2.1' });
    client.send((doc) => typeInDraft(doc, 'second ', 6, { indicatorId: '2.1' }));
    expect(await within(client.closed, 5_000, 'the close')).toEqual({
      code: CloseCode.TryAgainLater,
      reason: 'out of date: reconnect and resend',
    });
    await f.expectNothingStored(client.doc.clientID, before);
  });
});

/*
 * Updates Yjs integrates somewhere else than their structs claim. A client
 * may write any struct; the policy must judge where Yjs will put it, on the
 * server and on every client that receives it.
 */
describe('structs whose claims disagree with where Yjs puts them', () => {
  /** The update a change makes on a copy of the server's document, as client `clientId`. */
  const madeAs = (clientId: number, change: (doc: Y.Doc) => void) => {
    const copy = copyOf(f.roomDoc());
    copy.clientID = clientId;
    return updateOf(copy, change);
  };

  // Regression: an item partly known to the server is integrated after the known part (Item.integrate with an
  // offset), in the parent its claimed origin names; clients receiving the relay put it after the known part.
  it('refuses an item that extends the server’s last status change while claiming to be a Summary style', async () => {
    const status = await api(f.server, `/api/consultations/${f.consultationId}/indicators/1.8/status`, {
      method: 'PUT',
      token: f.members.facilitator.token,
      body: { status: 'under-discussion' },
    });
    expect(status.status).toBe(200);
    const statusItem = attributeItem(findIndicator(f.roomDoc() as Y.Doc, '1.8') as Y.XmlText, '__status');
    const serverClient = statusItem.id.client;
    // The status item is the server's newest struct: an item starting there and one longer is partly known.
    expect(Y.getState((f.roomDoc() as Y.Doc).store, serverClient)).toBe(statusItem.id.clock + statusItem.length);
    const summaryParagraph = sectionBlocks(f.roomDoc() as Y.Doc, 'summary')[0] as Y.XmlText;
    const forged = encodeItems([
      {
        client: serverClient,
        clock: statusItem.id.clock,
        origin: attributeItem(summaryParagraph, '__style').lastId,
        content: new Y.ContentAny(['under-discussion', 'agreed']),
      },
    ]);
    const before = copyOf(f.roomDoc());
    const client = await f.crafted('participant');
    client.sendUpdate(forged);
    const outcome = await f.closedOrLanded(
      client,
      () => indicatorField(f.witness.doc, '1.8', '__status') !== 'under-discussion',
    );
    expect(outcome).toMatchObject({ code: CloseCode.UpdateRefused });
    expect(indicatorField(f.roomDoc(), '1.8', '__status')).toBe('under-discussion');
    expect(indicatorField(await f.stored(), '1.8', '__status')).toBe('under-discussion');
    expect(sameDocument(f.roomDoc(), before)).toBe(true);
    expect(sameDocument(await f.stored(), before)).toBe(true);
    const landed = await typeInFinding('1.8').make(f);
    await waitFor(() => landed(f.witness.doc), 'a later edit to reach the witness');
    expect(indicatorField(f.witness.doc, '1.8', '__status')).toBe('under-discussion');
  });

  // Regression: Yjs keeps the first of two values set on a new node without overwriting (same origin), the
  // policy read the last one.
  it('refuses a new block that sets __type twice, indicator then paragraph', async () => {
    const summaryParagraph = sectionBlocks(f.roomDoc() as Y.Doc, 'summary').at(-1) as Y.XmlText;
    const attacker = 4_000_000_001;
    const holder = Y.createID(attacker, 0);
    const forged = encodeItems([
      {
        client: attacker,
        clock: 0,
        origin: (summaryParagraph._item as Y.Item).lastId,
        rightOrigin: (sectionHeading(f.roomDoc() as Y.Doc, 'introduction')._item as Y.Item).id,
        content: new Y.ContentType(new Y.XmlText()),
      },
      { client: attacker, clock: 1, parent: holder, parentSub: '__type', content: new Y.ContentAny(['indicator']) },
      { client: attacker, clock: 2, parent: holder, parentSub: '__type', content: new Y.ContentAny(['paragraph']) },
    ]);
    const before = copyOf(f.roomDoc());
    const client = await f.crafted('participant');
    client.sendUpdate(forged);
    const outcome = await f.closedOrLanded(client, () => holdsChangesOf(f.roomDoc(), attacker));
    // The second value is refused; the first, an indicator, cannot be added by a member.
    expect(outcome).toEqual({
      code: CloseCode.UpdateRefused,
      reason: 'refused: two values for __type of a new node at once (+1 more)',
    });
    await f.expectNothingStored(attacker, before);
    const blocks = sectionBlocks(f.roomDoc() as Y.Doc, 'summary');
    expect(blocks.map((block) => nodeTypeOf(block))).not.toContain('indicator');
  });

  // Regression: a top-level block lands where Yjs's conflict resolution puts it between its origin and right
  // origin, not necessarily next to its origin; the policy took the section of the origin.
  it('refuses a paragraph that claims to follow the Summary but lands in the Introduction', async () => {
    const attacker = 4_000_000_002;
    const [, secondIntroParagraph] = sectionBlocks(f.roomDoc() as Y.Doc, 'introduction');
    expect(secondIntroParagraph).toBeDefined();
    const honest = madeAs(attacker, (doc) => addParagraph(doc, 'Forged standard text.', { section: 'introduction' }));
    const structs = Y.decodeUpdate(honest).structs as Y.Item[];
    const lastSummaryBlock = sectionBlocks(f.roomDoc() as Y.Doc, 'summary').at(-1) as Y.XmlText;
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
    const before = copyOf(f.roomDoc());
    const client = await f.crafted('participant');
    client.sendUpdate(forged);
    const outcome = await f.closedOrLanded(client, () => holdsChangesOf(f.roomDoc(), attacker));
    expect(outcome).toMatchObject({ code: CloseCode.UpdateRefused });
    await f.expectNothingStored(attacker, before);
    expect(sectionTexts(f.roomDoc(), 'introduction')).not.toContain('Forged standard text.');
  });
});

/** A facilitator's page that typed `what` (made unique) at the start of `indicatorId`, once the server has it. */
async function typedByOwner(indicatorId: string, what: string) {
  const owner = f.follow(f.members.facilitator.token);
  await whenSynced(owner);
  const text = f.unique(what);
  typeInDraft(owner.doc, text, 0, { indicatorId });
  await waitFor(() => textAt(f.roomDoc(), { indicatorId }).includes(text), `the owner’s edit in ${indicatorId}`);
  return { owner, text };
}

describe('client ids belong to whoever first wrote under them', () => {
  // Regression: a participant writing under another person's client id at that client's next clock made the
  // victim's next keystroke look like a duplicate: the server dropped it silently while the victim still saw it.
  it('refuses changes under someone else’s client id, and the victim’s next change still lands', async () => {
    const { owner: victim } = await typedByOwner('2.1', 'victim-first');
    const stolen = copyOf(f.roomDoc());
    stolen.clientID = victim.doc.clientID;
    const forged = updateOf(stolen, (doc) => typeInDraft(doc, 'X', 0, { indicatorId: '2.1' }));
    const attacker = await f.crafted('participant');
    attacker.sendUpdate(forged);
    const closed = await attacker.closed;
    expect(closed.code).toBe(CloseCode.UpdateRefused);
    expect(closed.reason).toContain(`client id ${victim.doc.clientID}`);
    const second = f.unique('victim-second');
    typeInDraft(victim.doc, second, 0, { indicatorId: '2.1' });
    await waitFor(() => textAt(f.roomDoc(), { indicatorId: '2.1' }).includes(second), 'the victim’s next edit');
    expect(textAt(f.roomDoc(), { indicatorId: '2.1' })).toBe(textAt(victim.doc, { indicatorId: '2.1' }));
  });
});

describe('after a restart on the same data', () => {
  // Regression: who wrote under a client id was kept in memory only; after the room unloaded or the server
  // restarted, another member could write under someone's id, and the owner's own edits were then refused.
  it('still refuses changes under someone else’s client id, and takes the owner’s', async () => {
    const { owner: victim, text: first } = await typedByOwner('2.2', 'before-restart');
    const owner = victim.doc.clientID;
    await f.restart();
    /** An "X" typed at the start of 2.2 under the owner's client id, at its next clock. */
    const asOwner = () => {
      const copy = copyOf(f.roomDoc());
      copy.clientID = owner;
      return updateOf(copy, (doc) => typeInDraft(doc, 'X', 0, { indicatorId: '2.2' }));
    };
    const attacker = await f.crafted('participant');
    attacker.sendUpdate(asOwner());
    const closed = await within(attacker.closed, 5_000, 'the refusal');
    expect(closed).toEqual({
      code: CloseCode.UpdateRefused,
      reason: `refused: changes under the client id ${owner}, which someone else writes with`,
    });
    expect(textAt(f.roomDoc(), { indicatorId: '2.2' }).startsWith('X')).toBe(false);
    const back = await f.crafted('facilitator');
    back.sendUpdate(asOwner());
    await waitFor(() => textAt(f.roomDoc(), { indicatorId: '2.2' }).startsWith(`X${first}`), 'the owner’s next edit');
    back.raw.ws.close();
  });

  it('keeps nothing of the refused updates and everything of the accepted ones', async () => {
    const attackers: number[] = [];
    for (const { role, forge } of FORGED) attackers.push((await f.attack(role, forge, 'step2')).clientId);
    const marker = f.unique('accepted before the restart');
    typeInDraft(f.participantPeer.doc, `${marker} `, 0, { indicatorId: '5.1' });
    await waitFor(() => textAt(f.roomDoc(), { indicatorId: '5.1' }).startsWith(marker), 'the accepted edit');
    const before = copyOf(f.roomDoc());
    await f.restart();
    expect(sameDocument(f.roomDoc(), before)).toBe(true);
    for (const clientId of attackers) expect(holdsChangesOf(f.roomDoc(), clientId)).toBe(false);
    expect(textAt(f.roomDoc(), { indicatorId: '5.1' }).startsWith(marker)).toBe(true);
    expect(sameDocument(f.witness.doc, before)).toBe(true);
  });
});
