import { MessageType, SyncType } from '@roundtable/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { watchUnsaved } from './watchUnsaved.ts';

type Handler = WebsocketProvider['messageHandlers'][number];

/** What watchUnsaved uses of a y-websocket provider, connected and synced. */
function fakeProvider() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const provider = {
    doc: new Y.Doc(),
    wsconnected: true,
    synced: true,
    ws: { readyState: 1, OPEN: 1, send: vi.fn() },
    messageHandlers: [vi.fn()] as Handler[],
    on(name: string, f: (...args: unknown[]) => void) {
      listeners.set(name, (listeners.get(name) ?? new Set()).add(f));
    },
    off(name: string, f: (...args: unknown[]) => void) {
      listeners.get(name)?.delete(f);
    },
  };
  /** The server's frame `[sync, type, …]` as y-websocket hands it to its sync handler. */
  const receive = (syncType: number): void => {
    const decoder = { arr: new Uint8Array([syncType, 0]), pos: 0 };
    (provider.messageHandlers[MessageType.Sync] as Handler)(
      {} as never,
      decoder as never,
      provider as never,
      true,
      MessageType.Sync,
    );
  };
  return { provider, receive, asWs: provider as unknown as WebsocketProvider };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchUnsaved', () => {
  it('reports local changes until the server answers a question sent after them', () => {
    const { provider, receive, asWs } = fakeProvider();
    const changes: (number | null)[] = [];
    const stop = watchUnsaved(asWs, (since) => changes.push(since));
    provider.doc.getText('t').insert(0, 'a');
    expect(changes).toEqual([expect.any(Number)]);
    vi.advanceTimersByTime(300);
    expect(provider.ws.send).toHaveBeenCalledTimes(1);
    const frame = provider.ws.send.mock.calls[0]?.[0] as Uint8Array;
    expect([...frame.slice(0, 2)]).toEqual([MessageType.Sync, SyncType.Step1]);
    receive(SyncType.Update); // someone else's update is no answer
    expect(changes).toHaveLength(1);
    receive(SyncType.Step2);
    expect(changes).toEqual([expect.any(Number), null]);
    stop();
  });

  it('asks again when more was typed after the question, and ignores the provider’s own updates', () => {
    const { provider, receive, asWs } = fakeProvider();
    const changes: (number | null)[] = [];
    watchUnsaved(asWs, (since) => changes.push(since));
    Y.applyUpdate(provider.doc, Y.encodeStateAsUpdate(new Y.Doc()), provider);
    Y.transact(provider.doc, () => provider.doc.getText('t').insert(0, 'remote'), provider);
    expect(changes).toEqual([]);
    provider.doc.getText('t').insert(0, 'a');
    vi.advanceTimersByTime(300);
    provider.doc.getText('t').insert(0, 'b');
    receive(SyncType.Step2);
    expect(changes).toHaveLength(1);
    expect(provider.ws.send).toHaveBeenCalledTimes(2);
    receive(SyncType.Step2);
    expect(changes).toEqual([expect.any(Number), null]);
  });

  it('does not ask while offline, and gives the handler back on cleanup', () => {
    const { provider, asWs } = fakeProvider();
    const original = provider.messageHandlers[MessageType.Sync];
    provider.wsconnected = false;
    const stop = watchUnsaved(asWs, () => {});
    provider.doc.getText('t').insert(0, 'a');
    vi.advanceTimersByTime(1_000);
    expect(provider.ws.send).not.toHaveBeenCalled();
    stop();
    expect(provider.messageHandlers[MessageType.Sync]).toBe(original);
  });
});
