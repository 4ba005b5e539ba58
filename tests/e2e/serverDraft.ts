import { draftRoomOf } from '@roundtable/profile';
import { afterAll, beforeAll } from 'vitest';
import type * as Y from 'yjs';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';
import type { ServerProcess } from '../helpers/startServer.ts';
import { invite } from './invite.ts';

/**
 * The server's copy of a consultation's draft, followed live by an official
 * y-websocket client in Node with an observer's invitation (it never writes).
 * Destroy it after the test.
 */
export async function followServerDraft(
  server: { url: string; wsUrl: string; dataDir: string },
  consultationId = 'demo',
): Promise<Peer> {
  const link = await invite(server, { name: 'Witness', role: 'observer', consultationId });
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token');
  if (token === null) throw new Error(`no token in ${link}`);
  const peer = connectPeer(server.wsUrl, draftRoomOf(consultationId), { params: { token } });
  await whenSynced(peer);
  return peer;
}

/**
 * The server's copy of the demo draft ({@link followServerDraft}), followed
 * from after `e2e`'s server started (`beforeAll`) until before it stops
 * (`afterAll`). Call it after `useBrowserAndServer`; read `doc` in tests.
 */
export function useServerDraftWitness(e2e: { readonly server: ServerProcess }): { readonly doc: Y.Doc } {
  let witness: Peer | undefined;
  beforeAll(async () => {
    witness = await followServerDraft(e2e.server);
  });
  afterAll(() => {
    witness?.destroy();
  });
  return {
    get doc(): Y.Doc {
      if (witness === undefined) throw new Error('the witness is not following the draft (yet)');
      return witness.doc;
    },
  };
}
