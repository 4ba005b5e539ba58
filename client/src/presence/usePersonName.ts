import type { Member } from '@roundtable/profile';
import { useCallback, useState } from 'react';
import { renameMe } from './renameMe.ts';

/** Set once this browser has answered the first-visit name prompt; holds the name it answered. */
export const NAME_STORAGE_KEY = 'roundtable.name';

export interface PersonName {
  /** The name shown on this person's cursor, in the people list and on their comments; null until known. */
  name: string | null;
  /** This browser has already been through the name prompt. */
  confirmed: boolean;
  /** Confirms or corrects the name; a correction is made on the invitation (rejects if the server refuses it). */
  confirm(name: string): Promise<void>;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(NAME_STORAGE_KEY)?.trim() || null;
  } catch {
    return null;
  }
}

function store(name: string): void {
  try {
    window.localStorage.setItem(NAME_STORAGE_KEY, name);
  } catch {
    // Private mode: the prompt comes back next visit.
  }
}

/** "  Amina   Diallo " -> "Amina Diallo", as the server stores names. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The person's name. Its one source is their invitation (`member.name`, from
 * `GET /api/me`); a correction goes to the invitation (`PATCH /api/me`), so
 * the server stamps the same name on their presence and their comments.
 * When `/api/me` could not be read (the request failed), the name this
 * browser last gave is shown instead; the server stamps the invitation's
 * name on the person's presence either way.
 */
export function usePersonName(member: Member | null): PersonName {
  const [stored, setStored] = useState<string | null>(readStored);
  const [renamed, setRenamed] = useState<{ id: string; name: string } | null>(null);
  const name = member !== null ? (renamed?.id === member.id ? renamed.name : member.name) : stored;

  const confirm = useCallback(
    async (next: string) => {
      const clean = cleanName(next);
      if (clean === '') return;
      if (member !== null && clean !== name) {
        const me = await renameMe(clean, member.consultation.id);
        setRenamed({ id: me.id, name: me.name });
      }
      store(clean);
      setStored(clean);
    },
    [member, name],
  );
  return { name, confirmed: stored !== null, confirm };
}
