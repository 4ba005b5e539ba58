import { type DraftOutline, readOutline } from '@roundtable/editor';
import type { EditorState } from 'lexical';
import { useEffect, useState } from 'react';
import { followDraftRoom } from './followDraftRoom.ts';

export interface FollowedDraft {
  state: EditorState | null;
  outline: DraftOutline | null;
}

/** The draft, followed read-only without presence (see {@link followDraftRoom}), with its outline. */
export function useFollowedDraft(consultationId: string, enabled: boolean): FollowedDraft {
  const [draft, setDraft] = useState<FollowedDraft>({ state: null, outline: null });
  useEffect(() => {
    if (!enabled) return;
    return followDraftRoom(consultationId, (state) => setDraft({ state, outline: readOutline(state) }));
  }, [consultationId, enabled]);
  return draft;
}
