import type { Role } from './vocabulary.ts';

/** Longest name a person may have, on an invitation and wherever it is shown. */
export const MAX_PERSON_NAME_LENGTH = 120;

/**
 * Who a presence (awareness) state speaks for. The server writes it into every
 * state a connection announces, from that connection's invitation, over
 * whatever the client claimed; clients only read it.
 *
 * Where it lives in a state: `name` at the top, where Lexical's
 * CollaborationPlugin keeps the name it draws on a cursor, and the rest in
 * `awarenessData`, the plugin's field for the application's own data:
 * `{ "name": "Amina Diallo", "color": ..., "awarenessData": { "personId": "inv_...", "organisation": "Ministry of Interior", "role": "participant" } }`.
 */
export interface PresenceIdentity {
  /** The invitation id, as in `people[].id` and a comment author's `personId`. */
  personId: string;
  name: string;
  /** The name of the organisation the person speaks for. */
  organisation: string;
  role: Role;
}

/** The application's part of a presence state: `awarenessData`, as the server stamps it. */
export interface PresenceAwarenessData {
  personId: string;
  organisation: string;
  role: Role;
}

/** What a received presence state says about its person; a field it lacks or has malformed is null. */
export interface PresenceIdentityClaim {
  personId: string | null;
  name: string | null;
  organisation: string | null;
  role: string | null;
}

/**
 * Writes `identity` into a parsed presence state, replacing what the client
 * put there and keeping everything else (colour, cursor, focus). Mutates
 * `state` and returns it; keys the client already had keep their place, so
 * a state that already says the truth serialises to the same text.
 */
export function stampPresenceIdentity(
  state: Record<string, unknown>,
  identity: PresenceIdentity,
): Record<string, unknown> {
  state.name = identity.name;
  const data = isRecord(state.awarenessData) ? state.awarenessData : {};
  state.awarenessData = Object.assign(data, presenceAwarenessData(identity));
  return state;
}

/**
 * The `awarenessData` a client announces for `identity`: the fields the
 * server stamps, in the order it stamps them, so that a state telling the
 * truth is relayed exactly as the client sent it.
 *
 * @example
 * presenceAwarenessData({ personId: 'inv_1', organisation: 'Ministry of Interior', role: 'participant' });
 * // { personId: 'inv_1', organisation: 'Ministry of Interior', role: 'participant' }
 */
export function presenceAwarenessData(identity: Omit<PresenceIdentity, 'name'>): PresenceAwarenessData {
  return { personId: identity.personId, organisation: identity.organisation, role: identity.role };
}

/** Reads the identity fields of a presence state as a client received it. */
export function readPresenceIdentity(state: Record<string, unknown>): PresenceIdentityClaim {
  const data = isRecord(state.awarenessData) ? state.awarenessData : {};
  return {
    personId: stringOrNull(data.personId),
    name: stringOrNull(state.name),
    organisation: stringOrNull(data.organisation),
    role: stringOrNull(data.role),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
