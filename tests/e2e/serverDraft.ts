import { draftRoomOf } from '@roundtable/profile';
import { connectPeer, type Peer, whenSynced } from '../helpers/providers.ts';
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
