import type { Thread } from '@roundtable/profile';
import { useEffect, useState } from 'react';
import { followThreadsRoom } from './followThreadsRoom.ts';

export interface ThreadsFeed {
  threads: Thread[];
  /** The threads have been read at least once. */
  loaded: boolean;
}

/**
 * Every thread of the consultation, live from the server-owned room
 * `<id>:threads`. The client never writes to the threads document: comments
 * go through the HTTP API and come back through the room.
 */
export function useThreads(consultationId: string, enabled: boolean): ThreadsFeed {
  const [feed, setFeed] = useState<ThreadsFeed>({ threads: [], loaded: false });
  useEffect(() => {
    if (!enabled) return;
    return followThreadsRoom(consultationId, (threads) => setFeed({ threads, loaded: true }));
  }, [consultationId, enabled]);
  return feed;
}
