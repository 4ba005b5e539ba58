import { ANSWERS, FINDING_KINDS, INDICATOR_STATUSES, ROLES, type Role } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { indicatorField, setIndicatorField, textAt, typeInDraft } from '../helpers/draftEdits.ts';
import { copyOf, sameDocument } from '../helpers/draftState.ts';
import { api, invite } from '../helpers/members.ts';
import { another, PolicyFixture, SOURCES } from '../helpers/policyFixture.ts';
import { waitFor, whenSynced } from '../helpers/providers.ts';
import { closedFor, within } from '../helpers/wsOutcome.ts';

/*
 * The draft's write policy, role by role: every indicator field and the
 * finding's text, from every role, as a sync update and as a sync step 2;
 * and an offline client whose role changed before it reconnected.
 * Single refused updates and their allowed controls: draftPolicy.test.ts.
 */

let f: PolicyFixture;
beforeAll(async () => {
  f = await PolicyFixture.start('policy-roles');
});
afterAll(async () => {
  await f?.close();
});

/** Each indicator field and the finding's text, with a legal value for each, so only the writer's rights decide. */
const FIELDS: { field: string; change: (doc: Y.Doc | undefined) => { value: string; key: string | null } }[] = [
  { field: 'finding text', change: () => ({ key: null, value: `${f.unique('typed')} ` }) },
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

describe('the role table, field by field, as sync update and as sync step 2', () => {
  it.each(TABLE)('$name', async ({ role, change, as, allowed }) => {
    const before = copyOf(f.roomDoc());
    const { key, value } = change(f.roomDoc());
    const landed = (doc: Y.Doc | undefined) =>
      key === null ? textAt(doc, { indicatorId: '3.1' }).startsWith(value) : indicatorField(doc, '3.1', key) === value;
    const client = await f.crafted(role);
    client.send((doc) => {
      if (key === null) typeInDraft(doc, value, 0, { indicatorId: '3.1' });
      else setIndicatorField(doc, '3.1', key, value);
    }, as);
    if (allowed) {
      await waitFor(() => landed(f.roomDoc()) && landed(f.witness.doc), 'the change to land and reach the witness');
      expect(landed(await f.stored())).toBe(true);
      client.raw.ws.close();
      return;
    }
    const closed = await within(client.closed, 5_000, 'the refusal');
    if (READ_ONLY.includes(role)) {
      expect(closed).toEqual({ code: CloseCode.Forbidden, reason: 'this role may not edit the document' });
    } else {
      expect(closed).toEqual({ code: CloseCode.UpdateRefused, reason: REFUSAL[key as string] });
    }
    await f.expectNothingStored(client.doc.clientID, before);
  });

  it('covers every role and field in both message kinds', () => {
    expect(TABLE).toHaveLength(ROLES.length * FIELDS.length * 2);
    expect(TABLE.filter((row) => row.allowed)).toHaveLength(2 * (4 + 1));
  });
});

describe('an offline client whose rights changed', () => {
  /** A facilitator who edits offline, and is re-invited with `role` before reconnecting. */
  async function demotedWhileOffline(role: Role, indicatorId: string) {
    const first = await invite(f.server, f.consultationId, {
      role: 'facilitator',
      name: f.unique('Offline facilitator'),
    });
    const offline = f.follow(first.token);
    await whenSynced(offline);
    offline.provider.disconnect();
    const marker = f.unique('typed offline');
    const answer = another(ANSWERS, indicatorField(f.roomDoc(), indicatorId, '__answer'));
    typeInDraft(offline.doc, `${marker} `, 0, { indicatorId });
    setIndicatorField(offline.doc, indicatorId, '__answer', answer);
    const revoked = await api(f.server, `/api/consultations/${f.consultationId}/invitations/${first.id}`, {
      method: 'DELETE',
      token: f.members.facilitator.token,
    });
    expect(revoked.status).toBe(200);
    const again = await invite(f.server, f.consultationId, { role, name: 'Offline facilitator, demoted' });
    offline.provider.params = { token: again.token };
    const before = copyOf(f.roomDoc());
    const oldAnswer = indicatorField(f.roomDoc(), indicatorId, '__answer');
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
    expect(kept(f.roomDoc())).toBe(true);
    expect(indicatorField(f.roomDoc(), '4.1', '__answer')).toBe(oldAnswer);
    await waitFor(() => kept(f.witness.doc), 'the kept part to reach the witness');
    expect(indicatorField(f.witness.doc, '4.1', '__answer')).toBe(oldAnswer);
    const reloaded = await f.stored();
    expect(kept(reloaded)).toBe(true);
    expect(indicatorField(reloaded, '4.1', '__answer')).toBe(oldAnswer);
    // The old copy still shows the refused answer: it cannot be used again.
    expect(indicatorField(offline.doc, '4.1', '__answer')).toBe(answer);
    expect(sameDocument(offline.doc, f.roomDoc())).toBe(false);

    // The official client, starting again from a fresh document, converges with the server.
    const fresh = f.follow(token);
    await whenSynced(fresh);
    expect(sameDocument(fresh.doc, f.roomDoc())).toBe(true);
    expect(kept(fresh.doc)).toBe(true);
    expect(indicatorField(fresh.doc, '4.1', '__answer')).toBe(oldAnswer);
    // And it can go on editing.
    typeInDraft(fresh.doc, 'after the refusal ', 0, { indicatorId: '4.1' });
    await waitFor(
      () => textAt(f.witness.doc, { indicatorId: '4.1' }).startsWith('after the refusal '),
      'an edit after the refusal',
    );
  });

  it('keeps nothing when re-invited as an observer: 4403', async () => {
    const { marker, oldAnswer, before, closed } = await demotedWhileOffline('observer', '4.2');
    expect(closed).toEqual({ code: CloseCode.Forbidden, reason: 'this role may not edit the document' });
    expect(sameDocument(f.roomDoc(), before)).toBe(true);
    expect(indicatorField(f.roomDoc(), '4.2', '__answer')).toBe(oldAnswer);
    const reloaded = await f.stored();
    expect(sameDocument(reloaded, before)).toBe(true);
    expect(textAt(reloaded, { indicatorId: '4.2' })).not.toContain(marker);
  });
});
