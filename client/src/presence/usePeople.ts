import type { Language } from '@roundtable/i18n';
import { readPresenceIdentity } from '@roundtable/profile';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useLanguage } from '../i18n/useI18n.ts';
import { comparePeople } from './comparePeople.ts';

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

function readPeople(provider: WebsocketProvider, language: Language): Person[] {
  const selfId = provider.awareness.clientID;
  const people: Person[] = [];
  for (const [clientId, state] of provider.awareness.getStates()) {
    const person = toPerson(clientId, state, selfId);
    if (person !== null) people.push(person);
  }
  return people.sort(comparePeople(language));
}

function samePeople(a: Person[], b: Person[]): boolean {
  return a.length === b.length && a.every((p, i) => JSON.stringify(p) === JSON.stringify(b[i]));
}

/** The people in the room, live from the provider's awareness, in the order of {@link comparePeople}. */
export function usePeople(provider: WebsocketProvider | null): Person[] {
  const { language } = useLanguage();
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    if (provider === null) return;
    const update = (): void => {
      const next = readPeople(provider, language);
      setPeople((prev) => (samePeople(prev, next) ? prev : next));
    };
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider, language]);
  return people;
}
