import { describe, expect, it } from 'vitest';
import { type ConnectionFacts, connectionStatusOf, SAVING_AFTER_MS } from './connectionStatusOf.ts';

const live: ConnectionFacts = {
  socketOpen: true,
  synced: true,
  lost: false,
  lostOnce: false,
  syncedOnce: true,
  refused: false,
  unsavedForMs: null,
};

describe('connectionStatusOf', () => {
  it('is connected and not behind when synced with nothing waiting', () => {
    expect(connectionStatusOf(live)).toEqual({ status: 'connected', lag: null });
  });

  it('says saving only once local changes have waited for the server a few seconds', () => {
    expect(connectionStatusOf({ ...live, unsavedForMs: 300 })).toEqual({ status: 'connected', lag: null });
    expect(connectionStatusOf({ ...live, unsavedForMs: SAVING_AFTER_MS })).toEqual({
      status: 'connected',
      lag: 'saving',
    });
  });

  it('is catching up after a reconnect until the server’s sync step 2 arrives', () => {
    const reconnected = { ...live, synced: false, lostOnce: true };
    expect(connectionStatusOf(reconnected)).toEqual({ status: 'offline', lag: 'catching-up' });
    expect(connectionStatusOf({ ...reconnected, synced: true })).toEqual({ status: 'connected', lag: null });
  });

  it('is connecting, not catching up, on the first connection', () => {
    expect(connectionStatusOf({ ...live, synced: false, syncedOnce: false })).toEqual({
      status: 'connecting',
      lag: null,
    });
  });

  it('says not saved while offline with local changes, and only then', () => {
    const offline = { ...live, socketOpen: false, synced: false, lostOnce: true };
    expect(connectionStatusOf(offline)).toEqual({ status: 'offline', lag: null });
    expect(connectionStatusOf({ ...offline, unsavedForMs: 10 })).toEqual({ status: 'offline', lag: 'unsaved' });
    // A silent server counts as lost even with the socket open: not catching up, not saved.
    expect(connectionStatusOf({ ...live, lost: true, unsavedForMs: 10 })).toEqual({
      status: 'offline',
      lag: 'unsaved',
    });
  });

  it('is refused, with no lag, once the server refused for good', () => {
    const refused = { ...live, socketOpen: false, synced: false, refused: true, unsavedForMs: 5_000 };
    expect(connectionStatusOf(refused)).toEqual({ status: 'refused', lag: null });
  });
});
