import { readPresenceIdentity } from '@roundtable/profile';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/** Someone connected to the draft, from their awareness state. */
export interface Person {
  clientId: number;
  name: string;
  color: string;
  /** Their caret is in the document. */
  focusing: boolean;
  /** The indicator their caret is in (set by PresenceIndicatorPlugin). */
  indicatorId: string | null;
  /** Who they speak for, from their invitation (see `PresenceIdentity`). */
  organisation: string | null;
  /** Their role in the consultation (facilitator, participant, ...), from their invitation. */
  role: string | null;
  isSelf: boolean;
}

/** Awareness field holding the indicator the local caret is in. */
export const INDICATOR_AWARENESS_FIELD = 'indicatorId';

function toPerson(clientId: number, state: Record<string, unknown>, selfId: number): Person | null {
  const { color, focusing } = state;
  // Stamped by the server from the person's invitation, whatever their client claimed.
  const { name, organisation, role } = readPresenceIdentity(state);
  if (name === null || typeof color !== 'string') return null;
  const indicatorId = state[INDICATOR_AWARENESS_FIELD];
  return {
    clientId,
    name,
    color,
    focusing: focusing === true,
    indicatorId: typeof indicatorId === 'string' ? indicatorId : null,
    organisation,
    role,
    isSelf: clientId === selfId,
  };
}

function readPeople(provider: WebsocketProvider): Person[] {
  const selfId = provider.awareness.clientID;
  const people: Person[] = [];
  for (const [clientId, state] of provider.awareness.getStates()) {
    const person = toPerson(clientId, state, selfId);
    if (person !== null) people.push(person);
  }
  // You first, then by name: a stable order that does not jump as people type.
  return people.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

function samePeople(a: Person[], b: Person[]): boolean {
  return a.length === b.length && a.every((p, i) => JSON.stringify(p) === JSON.stringify(b[i]));
}

/** The people in the room, live from the provider's awareness. */
export function usePeople(provider: WebsocketProvider | null): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    if (provider === null) return;
    const update = (): void => {
      const next = readPeople(provider);
      setPeople((prev) => (samePeople(prev, next) ? prev : next));
    };
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider]);
  return people;
}
