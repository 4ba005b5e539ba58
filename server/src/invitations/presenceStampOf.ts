import { type PresenceIdentity, stampPresenceIdentity } from '@roundtable/profile';
import { ProtocolError } from '@roundtable/protocol';
import type { Invitation } from './Invitation.ts';

/** The presence identity an invitation gives its holder: what everyone sees of them in the room. */
export function presenceIdentityOf(invitation: Invitation): PresenceIdentity {
  return {
    personId: invitation.id,
    name: invitation.name,
    organisation: invitation.organisation.name,
    role: invitation.role,
  };
}

/**
 * The `stampPresence` of a connection opened with `invitation`: every state
 * it announces (JSON text) comes back with the invitation's name,
 * organisation, role and id written over the client's claim. A state that
 * is not a JSON object is refused with a `ProtocolError` (`invalid-awareness`).
 * Costs one parse and one serialisation of the state.
 *
 * @example
 * const stamp = presenceStampOf(invitation);
 * stamp('{"name":"Anyone","color":"#000"}'); // '{"name":"Amina Diallo","color":"#000","awarenessData":{...}}'
 */
export function presenceStampOf(invitation: Invitation): (state: string) => string {
  const identity = presenceIdentityOf(invitation);
  return (text) => {
    let state: unknown;
    try {
      state = JSON.parse(text);
    } catch {
      state = undefined;
    }
    if (typeof state !== 'object' || state === null || Array.isArray(state)) {
      throw new ProtocolError('invalid-awareness', 'a presence state must be a JSON object');
    }
    return JSON.stringify(stampPresenceIdentity(state as Record<string, unknown>, identity));
  };
}
