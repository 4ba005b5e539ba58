/**
 * A real meeting's load on the demo consultation, for the client's benchmarks:
 * people present (y-websocket clients with presence) and comment threads.
 */
import { demoConsultation, draftRoomOf } from '@roundtable/profile';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { invite } from '../../tests/e2e/invite.ts';
import { until } from '../../tests/helpers/until.ts';

/** How much a meeting holds: people present and comment threads. */
export const PEOPLE = 40;
export const COMMENTS = 500;

interface BenchServer {
  url: string;
  wsUrl: string;
  dataDir: string;
}

/** The invitation's token, from its join link (`/join#token=...`). */
const tokenOf = (joinUrl: string): string => new URL(joinUrl).hash.replace(/^#token=/, '');

/** `people` participants connected to the demo draft with their presence set, as browsers would be. */
export async function seatPeople(server: BenchServer, people = PEOPLE): Promise<WebsocketProvider[]> {
  const providers: WebsocketProvider[] = [];
  for (let i = 0; i < people; i++) {
    const token = tokenOf(await invite(server, { name: `Delegate ${i + 1}`, organisation: 'min-interior' }));
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.wsUrl, draftRoomOf('demo'), doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: { token },
    });
    provider.awareness.setLocalStateField('user', { name: `Delegate ${i + 1}` });
    providers.push(provider);
  }
  await until(() => providers.every((p) => p.synced), 'the delegates to sync', 60_000);
  return providers;
}

/** Closes what `seatPeople` opened (the awareness keeps an interval of its own). */
export function unseatPeople(providers: readonly WebsocketProvider[]): void {
  for (const provider of providers) {
    provider.destroy();
    provider.awareness.destroy();
    provider.doc.destroy();
  }
}

/** `comments` threads over the API, by ten participants in turn, on the indicators in turn. */
export async function postComments(server: BenchServer, comments = COMMENTS): Promise<void> {
  const tokens: string[] = [];
  for (let i = 0; i < 10; i++) tokens.push(tokenOf(await invite(server, { name: `Commenter ${i + 1}` })));
  const indicators = demoConsultation.indicators.map((indicator) => indicator.id);
  for (let n = 0; n < comments; n++) {
    const response = await fetch(`${server.url}/api/consultations/demo/threads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[n % tokens.length]}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        indicatorId: indicators[n % indicators.length],
        type: 'update',
        body: `Comment ${n + 1}: the ministry adopted a new regulation this year; please add it as a source.`,
      }),
    });
    if (response.status !== 201) throw new Error(`comment ${n + 1}: ${response.status} ${await response.text()}`);
  }
}
