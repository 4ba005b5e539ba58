import type { AwarenessEntry } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import { MAX_PRESENCE_STATE_CHARS, Presence, type PresenceSpeaker } from './Presence.ts';

/** A connection whose states come back tagged with who it is, as the invitation stamp would do. */
const speaker = (who: string): PresenceSpeaker => ({
  presenceId: null,
  writer: who,
  stampPresence: (state) => JSON.stringify({ ...JSON.parse(state), who }),
});
const entry = (clientId: number, clock: number, state: object | null = {}): AwarenessEntry => ({
  clientId,
  clock,
  state: JSON.stringify(state),
});
const relayed = (entries: readonly AwarenessEntry[]) =>
  entries.map(({ clientId, clock, state }) => ({ clientId, clock, state: JSON.parse(state) }));

const T0 = 1_000_000;

describe('Presence: one connection, one client id', () => {
  it('owns the first client id a connection announces and drops what it says about any other', () => {
    const presence = new Presence();
    const olga = speaker('olga');
    const out = presence.acceptLocal(olga, [entry(7, 1, { name: 'Fatou' }), entry(8, 1), entry(9, 1)], T0);
    expect(olga.presenceId).toBe(7);
    expect(relayed(out)).toEqual([{ clientId: 7, clock: 1, state: { name: 'Fatou', who: 'olga' } }]);
    expect(presence.acceptLocal(olga, [entry(8, 2), entry(8, 3, null)], T0)).toEqual([]);
    expect(presence.current(T0).map((e) => e.clientId)).toEqual([7]);
  });

  it("refuses a claim on, or a removal of, another connection's client id", () => {
    const presence = new Presence();
    const amina = speaker('amina');
    const olga = speaker('olga');
    presence.acceptLocal(amina, [entry(7, 3)], T0);
    expect(presence.acceptLocal(olga, [entry(7, 99, { name: 'Hijack' })], T0)).toEqual([]);
    expect(presence.acceptLocal(olga, [entry(7, 100, null)], T0)).toEqual([]);
    expect(relayed(presence.current(T0))).toEqual([{ clientId: 7, clock: 3, state: { who: 'amina' } }]);
  });

  it('lets a connection whose first claim was refused still speak for an id of its own', () => {
    const presence = new Presence();
    const amina = speaker('amina');
    const olga = speaker('olga');
    presence.acceptLocal(amina, [entry(7, 3)], T0);
    expect(presence.acceptLocal(olga, [entry(7, 99, { name: 'Hijack' })], T0)).toEqual([]);
    expect(olga.presenceId).toBeNull();
    expect(relayed(presence.acceptLocal(olga, [entry(8, 1)], T0))).toEqual([
      { clientId: 8, clock: 1, state: { who: 'olga' } },
    ]);
    expect(olga.presenceId).toBe(8);
  });

  it('refuses a claim on a client id that a connection on another instance speaks for, until it is stale', () => {
    const presence = new Presence();
    presence.acceptRemote([{ clientId: 7, clock: 4, state: '{"who":"elsewhere"}' }], T0);
    const olga = speaker('olga');
    expect(presence.acceptLocal(olga, [entry(7, 50)], T0 + 1_000)).toEqual([]);
    // Not renewed for 30 s: the other instance is gone, and the claim is relayed newer than what it said.
    expect(relayed(presence.acceptLocal(olga, [entry(7, 2)], T0 + 31_000))).toEqual([
      { clientId: 7, clock: 5, state: { who: 'olga' } },
    ]);
  });

  it('keeps the client id of a connection that dropped for the same person: another member cannot take it', () => {
    const presence = new Presence();
    const amina = speaker('amina');
    presence.acceptLocal(amina, [entry(7, 3, { name: 'Amina' })], T0);
    presence.removeOwnedBy(amina, T0);
    const olga = speaker('olga');
    expect(presence.acceptLocal(olga, [entry(7, 50, { name: 'Squatter' })], T0 + 1_000)).toEqual([]);
    expect(olga.presenceId).toBeNull();
    expect(presence.current(T0 + 1_000)).toEqual([]);
    // Amina's page comes back with its id, on a new connection.
    expect(relayed(presence.acceptLocal(speaker('amina'), [entry(7, 3, { name: 'Amina' })], T0 + 2_000))).toEqual([
      { clientId: 7, clock: 5, state: { name: 'Amina', who: 'amina' } },
    ]);
    // Once it is long gone (five minutes), the id is anyone's again.
    const later = new Presence();
    later.acceptLocal(amina, [entry(8, 1)], T0);
    later.removeOwnedBy(amina, T0);
    expect(later.acceptLocal(speaker('olga'), [entry(8, 1)], T0 + 5 * 60_000)).toHaveLength(1);
  });

  it('keeps that reservation when another member leaves again and again (thousands of connections)', () => {
    const presence = new Presence();
    const amina = speaker('amina');
    presence.acceptLocal(amina, [entry(7, 3)], T0);
    presence.removeOwnedBy(amina, T0);
    for (let id = 1_000; id < 6_000; id++) {
      const churn = speaker('olga');
      presence.acceptLocal(churn, [entry(id, 1)], T0 + 1);
      presence.removeOwnedBy(churn, T0 + 1);
    }
    expect(presence.acceptLocal(speaker('olga'), [entry(7, 50)], T0 + 2)).toEqual([]);
    expect(presence.acceptLocal(speaker('amina'), [entry(7, 3)], T0 + 3)).toHaveLength(1);
  });

  it('refuses a state longer than MAX_PRESENCE_STATE_CHARS, taking nothing of the frame', () => {
    const presence = new Presence();
    const olga = speaker('olga');
    const long = { clientId: 7, clock: 2, state: JSON.stringify({ pad: 'x'.repeat(MAX_PRESENCE_STATE_CHARS) }) };
    expect(() => presence.acceptLocal(olga, [entry(7, 1), long], T0)).toThrow(
      /a presence state may be at most 8192 characters, not 8202/,
    );
    expect(olga.presenceId).toBeNull();
    expect(presence.current(T0)).toEqual([]);
    const atLimit = JSON.stringify({ pad: 'x'.repeat(MAX_PRESENCE_STATE_CHARS - 10) });
    expect(atLimit).toHaveLength(MAX_PRESENCE_STATE_CHARS);
    expect(presence.acceptLocal(olga, [{ clientId: 7, clock: 1, state: atLimit }], T0)).toHaveLength(1);
  });

  it('lets the owner remove its own state, once', () => {
    const presence = new Presence();
    const amina = speaker('amina');
    presence.acceptLocal(amina, [entry(7, 3)], T0);
    expect(presence.acceptLocal(amina, [entry(7, 4, null)], T0)).toMatchObject([
      { clientId: 7, clock: 4, state: 'null' },
    ]);
    expect(presence.acceptLocal(amina, [entry(7, 5, null)], T0)).toEqual([]);
    expect(presence.current(T0)).toEqual([]);
  });

  it('ignores what another instance says about a client a local connection speaks for', () => {
    const presence = new Presence();
    presence.acceptLocal(speaker('amina'), [entry(7, 3)], T0);
    expect(presence.acceptRemote([{ clientId: 7, clock: 9, state: 'null' }], T0)).toEqual([]);
    expect(presence.current(T0)).toHaveLength(1);
  });
});

describe('Presence: the relayed clock of a client id only grows', () => {
  // The regression: the removal on close went out with clock + 1, the reconnecting client announced its old
  // clock, and every other client ignored it as not newer until its 15 s renewal.
  it('relays a client that comes back on a new connection with its old clock newer than its removal', () => {
    const presence = new Presence();
    const first = speaker('amina');
    presence.acceptLocal(first, [entry(7, 12)], T0);
    expect(presence.removeOwnedBy(first, T0)).toMatchObject([{ clientId: 7, clock: 13, state: 'null' }]);
    const again = speaker('amina');
    const [back] = presence.acceptLocal(again, [entry(7, 12)], T0 + 500);
    expect(back).toMatchObject({ clientId: 7, clock: 14, ownClock: 12, owner: again });
    // Its next change, still counted from its own clock, is relayed above what was relayed before.
    expect(presence.acceptLocal(again, [entry(7, 13)], T0 + 600)).toMatchObject([{ clock: 15, ownClock: 13 }]);
    // The owner hears its own entry with its own clock; everyone else with the relayed one.
    expect(presence.current(T0 + 600, again)).toMatchObject([{ clientId: 7, clock: 13 }]);
    expect(presence.current(T0 + 600)).toMatchObject([{ clientId: 7, clock: 15 }]);
  });

  it('relays a client clock that is already newer unchanged', () => {
    const presence = new Presence();
    const first = speaker('amina');
    presence.acceptLocal(first, [entry(7, 12)], T0);
    presence.removeOwnedBy(first, T0);
    expect(presence.acceptLocal(speaker('amina'), [entry(7, 40)], T0)).toMatchObject([{ clock: 40, ownClock: 40 }]);
  });

  it('learns removals from other instances, so a client coming back here is relayed newer', () => {
    const presence = new Presence();
    presence.acceptRemote([{ clientId: 7, clock: 12, state: '{}' }], T0);
    presence.acceptRemote([{ clientId: 7, clock: 13, state: 'null' }], T0 + 100);
    expect(presence.acceptLocal(speaker('amina'), [entry(7, 12)], T0 + 400)).toMatchObject([{ clock: 14 }]);
  });

  it('drops what another instance relays that is not newer than what it knows', () => {
    const presence = new Presence();
    presence.acceptRemote([{ clientId: 7, clock: 13, state: 'null' }], T0);
    expect(presence.acceptRemote([{ clientId: 7, clock: 12, state: '{}' }], T0)).toEqual([]);
    expect(presence.acceptRemote([{ clientId: 7, clock: 14, state: '{}' }], T0)).toHaveLength(1);
  });

  it('forgets removed clients after five minutes', () => {
    const presence = new Presence();
    const first = speaker('amina');
    presence.acceptLocal(first, [entry(7, 12)], T0);
    presence.removeOwnedBy(first, T0);
    expect(presence.acceptLocal(speaker('amina'), [entry(7, 12)], T0 + 5 * 60_000)).toMatchObject([{ clock: 12 }]);
  });

  it('remembers at most a bounded number of removed clients, forgetting the oldest', () => {
    const presence = new Presence();
    for (let id = 1; id <= 5_000; id++) {
      const s = speaker('someone');
      presence.acceptLocal(s, [entry(id, 1)], T0);
      presence.removeOwnedBy(s, T0);
    }
    expect(presence.acceptLocal(speaker('oldest'), [entry(1, 1)], T0)).toMatchObject([{ clock: 1 }]);
    expect(presence.acceptLocal(speaker('someone'), [entry(5_000, 1)], T0)).toMatchObject([{ clock: 3 }]);
  });
});
