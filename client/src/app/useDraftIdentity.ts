import { type Member, presenceAwarenessData } from '@roundtable/profile';
import { useMemo } from 'react';
import { colorForName } from '../presence/colorForName.ts';

/** How this person shows on the draft: the server stamps the same from their invitation. */
export interface DraftIdentity {
  name: string;
  color: string;
  /** Must keep its identity: a new object reconnects. */
  awarenessData: object;
}

/**
 * The name, colour and awareness fields the editor connects with, once the
 * name is confirmed and `/api/me` has answered: a change after connecting
 * would reconnect. The server stamps the same from the invitation whatever is
 * sent; sending the same, in the same order, lets it relay presence untouched.
 */
export function useDraftIdentity(member: Member | null, name: string | null, settled: boolean): DraftIdentity | null {
  const awarenessData = useMemo(
    () =>
      member === null
        ? {}
        : presenceAwarenessData({ personId: member.id, organisation: member.organisation.name, role: member.role }),
    [member],
  );
  return useMemo(
    () => (name === null || !settled ? null : { name, color: colorForName(name), awarenessData }),
    [name, settled, awarenessData],
  );
}
