import { appendInDraft } from './draftEdits.ts';
import { heapAfterGc } from './heap.ts';
import type { InProcessServer } from './inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from './members.ts';
import { connectPeer, type Peer, whenSynced } from './providers.ts';
import { until as waitFor } from './until.ts';

/**
 * The lowest of five {@link heapAfterGc} readings 200 ms apart: what stays
 * reachable, leaving out what in-flight work (a socket's last callbacks, a
 * timer about to fire) still holds for a moment. A leak shows in all five.
 */
export async function settledHeap(): Promise<number> {
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    lowest = Math.min(lowest, heapAfterGc());
    await new Promise((r) => setTimeout(r, 200));
  }
  return lowest;
}

/** What a soak measured, in bytes of V8 heap (after full collections) and counts. */
export interface SoakFigures {
  waves: number;
  joins: number;
  edits: number;
  comments: number;
  /** After the first wave left and its rooms unloaded. */
  baselineHeap: number;
  /** Highest heap seen with a wave connected. */
  peakHeap: number;
  /** Once the last wave left and every room unloaded. */
  finalHeap: number;
}

const INDICATORS = ['1.1', '2.1', '3.1', '4.1', '5.1', '6.1'];

/**
 * Waves of people joining consultations, typing, commenting and leaving,
 * for `durationMs`, against an in-process server: each wave connects
 * `perWave` official y-websocket clients spread over `consultations` demo
 * consultations, types a few words each, opens a thread per person through
 * the API, then everyone leaves and the rooms unload. Heap is measured after
 * the first wave (the baseline), at each wave's peak, and at the end.
 */
export async function soak(
  server: InProcessServer,
  options: { durationMs: number; perWave?: number; consultations?: number; onWave?: (line: string) => void },
): Promise<SoakFigures> {
  const { durationMs, perWave = 30, consultations = 3 } = options;
  const members: { id: string; person: Invited }[] = [];
  for (let c = 0; c < consultations; c++) {
    const id = `soak-${c}`;
    await createConsultation(server, { id, seed: 'demo', title: `Soak ${c}` });
    for (let p = 0; p < perWave / consultations; p++) {
      members.push({ id, person: await invite(server, id, { role: 'participant', name: `Person ${c}-${p}` }) });
    }
  }
  const figures: SoakFigures = {
    waves: 0,
    joins: 0,
    edits: 0,
    comments: 0,
    baselineHeap: 0,
    peakHeap: 0,
    finalHeap: 0,
  };
  /** One wave, in a function of its own so that nothing of it is reachable once it returns. */
  const wave = async (): Promise<number> => {
    const peers: Peer[] = members.map(({ id, person }) =>
      connectPeer(server.wsUrl, `${id}:draft`, { params: { token: person.token } }),
    );
    await Promise.all(peers.map((p) => whenSynced(p, 30_000)));
    figures.joins += peers.length;
    for (let round = 0; round < 5; round++) {
      for (const p of peers) appendInDraft(p.doc, `w${figures.waves}.${round} `);
      figures.edits += peers.length;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(
      members.map(async ({ id, person }, i) => {
        const res = await api(server, `/api/consultations/${id}/threads`, {
          method: 'POST',
          token: person.token,
          body: { indicatorId: INDICATORS[i % INDICATORS.length], type: 'question', body: `Wave ${figures.waves}?` },
        });
        if (res.status !== 201) throw new Error(`soak: thread refused ${res.status} ${JSON.stringify(res.body)}`);
        figures.comments++;
      }),
    );
    const peak = heapAfterGc();
    const sockets = peers.map((p) => p.provider.ws);
    for (const p of peers) p.destroy();
    // Until a client's socket has closed, the socket still holds its provider and document.
    await waitFor(() => sockets.every((ws) => ws === null || ws.readyState === 3), 'the clients’ sockets to close');
    await waitFor(() => server.rooms.loadedRooms.length === 0, 'the rooms to unload after the wave', 30_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}: still loaded ${server.rooms.loadedRooms.join(', ')}`);
      },
    );
    return peak;
  };
  const start = Date.now();
  do {
    const peak = await wave();
    figures.peakHeap = Math.max(figures.peakHeap, peak);
    figures.waves++;
    const heap = await settledHeap();
    if (figures.waves === 1) figures.baselineHeap = heap;
    options.onWave?.(
      `wave ${figures.waves}: ${members.length} joined, peak ${mb(peak)}, after leaving ${mb(heap)} (baseline ${mb(figures.baselineHeap)})`,
    );
  } while (Date.now() - start < durationMs);
  figures.finalHeap = await settledHeap();
  return figures;
}

/** Bytes as megabytes with one decimal, for figures. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
