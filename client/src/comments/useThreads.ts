import { type Thread, threadsRoomOf } from '@roundtable/profile';
import { CloseCode } from '@roundtable/protocol';
import { readThreads, threadsMap as threadsMapOf } from '@roundtable/threads-doc';
import { useCallback, useEffect, useRef, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from '../editor/collabServerUrl.ts';
import { threadApi } from './threadApi.ts';

/**
 * Where the threads come from: the server-owned room `<id>:threads`, followed
 * live and read-only; or, while the server refuses that room, the HTTP API
 * polled every {@link POLL_MS}.
 */
export type ThreadsSource = 'connecting' | 'live' | 'polling' | 'refused';

export interface ThreadsFeed {
  threads: Thread[];
  source: ThreadsSource;
  /** The threads have been read at least once. */
  loaded: boolean;
  /** After a write through the API: the thread as the server answered it (applied at once when polling). */
  accept(thread: Thread): void;
}

export const POLL_MS = 2_000;
/** While polling, how often the live room is tried again. */
const RETRY_LIVE_MS = 20_000;
/** y-websocket drops a connection that hears nothing for 30 s; a silent client asks for presence to hear something. */
const KEEPALIVE_MS = 12_000;
const QUERY_AWARENESS = new Uint8Array([3]);
/** Close codes after which the API still answers: the room alone is unavailable. */
const ROOM_UNAVAILABLE = new Set<number>([CloseCode.BadMessage, CloseCode.Forbidden, CloseCode.NotFound]);

interface State {
  threads: Thread[];
  source: ThreadsSource;
  loaded: boolean;
}

/** Every thread of the consultation, live. The client never writes to the threads document. */
export function useThreads(consultationId: string, enabled: boolean): ThreadsFeed {
  const [state, setState] = useState<State>({ threads: [], source: 'connecting', loaded: false });
  const sourceRef = useRef<ThreadsSource>('connecting');
  const pollNowRef = useRef<() => void>(() => {});

  useEffect(() => {
    if (!enabled) return;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabServerUrl(), threadsRoomOf(consultationId), doc, {
      connect: false,
      disableBc: true,
    });
    // Following, not present: this socket publishes no awareness of its own.
    provider.awareness.setLocalState(null);
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let request: AbortController | null = null;

    const setSource = (source: ThreadsSource): void => {
      sourceRef.current = source;
      setState((prev) => (prev.source === source ? prev : { ...prev, source }));
    };
    const readDoc = (): void => {
      if (sourceRef.current !== 'live') return;
      setState({ threads: readThreads(doc), source: 'live', loaded: true });
    };
    const poll = async (): Promise<void> => {
      request?.abort();
      const controller = new AbortController();
      request = controller;
      try {
        const threads = await threadApi.list(consultationId, {}, controller.signal);
        if (sourceRef.current === 'polling' && !controller.signal.aborted) {
          setState({ threads, source: 'polling', loaded: true });
        }
      } catch {
        // The next poll tries again; the connection pill tells about a server that is down.
      }
    };
    const stopPolling = (): void => {
      clearInterval(pollTimer);
      clearTimeout(retryTimer);
      pollTimer = undefined;
      request?.abort();
    };
    const startPolling = (): void => {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => provider.connect(), RETRY_LIVE_MS);
      if (pollTimer !== undefined) return;
      setSource('polling');
      void poll();
      pollTimer = setInterval(() => void poll(), POLL_MS);
    };
    pollNowRef.current = () => {
      if (sourceRef.current === 'polling') void poll();
    };

    const onSync = (synced: boolean): void => {
      if (!synced) return;
      stopPolling();
      setSource('live');
      readDoc();
    };
    const onClosed = ({ code }: { code: number }): void => {
      if (ROOM_UNAVAILABLE.has(code)) startPolling();
      else {
        stopPolling();
        setSource('refused');
      }
    };
    const threadsMap = threadsMapOf(doc);
    threadsMap.observeDeep(readDoc);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    provider.connect();
    const keepalive = setInterval(() => {
      if (provider.wsconnected) provider.ws?.send(QUERY_AWARENESS);
    }, KEEPALIVE_MS);

    return () => {
      clearInterval(keepalive);
      stopPolling();
      pollNowRef.current = () => {};
      threadsMap.unobserveDeep(readDoc);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      provider.destroy();
      doc.destroy();
      sourceRef.current = 'connecting';
    };
  }, [consultationId, enabled]);

  const accept = useCallback((thread: Thread) => {
    // Live, the document brings the change (before the HTTP answer, usually); polling, show it now.
    if (sourceRef.current !== 'polling') return;
    setState((prev) => ({
      ...prev,
      threads: prev.threads.some((t) => t.id === thread.id)
        ? prev.threads.map((t) => (t.id === thread.id ? thread : t))
        : [...prev.threads, thread],
    }));
    pollNowRef.current();
  }, []);

  return { ...state, accept };
}
