import type { InvitedPerson } from '@roundtable/profile';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { translate } from '../i18n/useI18n.ts';
import { invitationApi } from './invitationApi.ts';

const REFRESH_MS = 3_000;

export interface InvitedPeople {
  people: InvitedPerson[] | null;
  error: string | null;
  refresh: () => void;
}

/** Everyone invited to the consultation, refreshed every few seconds (who is connected changes). */
export function useInvitedPeople(consultationId: string): InvitedPeople {
  const [people, setPeople] = useState<InvitedPerson[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refreshRef = useRef<() => void>(() => {});
  useEffect(() => {
    let controller: AbortController | null = null;
    const load = async (): Promise<void> => {
      controller?.abort();
      const current = new AbortController();
      controller = current;
      try {
        const list = await invitationApi.people(consultationId, current.signal);
        if (!current.signal.aborted) {
          setPeople(list);
          setError(null);
        }
      } catch (e) {
        if (!current.signal.aborted) setError(errorLineOf(translate, e, 'invitations.list.loadFailed'));
      }
    };
    refreshRef.current = () => void load();
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller?.abort();
      refreshRef.current = () => {};
    };
  }, [consultationId]);
  const refresh = useCallback(() => refreshRef.current(), []);
  return { people, error, refresh };
}
