import { attributeOf, findIndicator } from '@roundtable/draft';
import { appendInDraft, textAt } from './draftEdits.ts';
import { accessTo, api, createConsultation, invite, TEST_AUTH_ENV } from './members.ts';
import { connectPeer, type Peer, whenSynced } from './providers.ts';
import { type ServerProcess, startServer } from './startServer.ts';
import { until as waitFor } from './until.ts';

/** What one crash round saw and what survived it. */
export interface CrashTally {
  /** Marks (one edit each) that at least one client had seen before the crash. */
  marksSeen: number;
  /** Of those, the ones missing once every client converged after the restart. */
  marksLost: string[];
  /** Threads and status changes the API had answered 2xx to before the crash. */
  actionsAccepted: number;
  /** Of those, the ones missing after the restart. */
  actionsLost: string[];
  /** From the restart until every client held the same document again (ms). */
  convergeMs: number;
}

const INDICATORS = ['1.1', '1.2', '2.1', '2.4', '3.1', '4.1'];
const STATUSES = ['under-discussion', 'agreed', 'contested', 'deferred'] as const;

/**
 * One crash of the real server in the middle of a consultation: `clients`
 * official y-websocket clients type marks into the Summary every few
 * milliseconds while a participant opens threads and a facilitator changes
 * statuses through the API; the server is killed with SIGKILL once
 * `marksBeforeCrash` marks have been seen, restarted on the same port and
 * data folder, and every client reconnects by itself. The round then waits
 * until all clients converge and reports what was lost.
 *
 * @param env the backend's environment (`{}` for the embedded store, `REDIS_URL` for Redis)
 * @param name consultation id, unique per round on a shared Redis
 */
export async function crashRound(options: {
  env: Record<string, string>;
  name: string;
  clients?: number;
  marksBeforeCrash?: number;
}): Promise<CrashTally> {
  // The kill comes once `marksBeforeCrash` marks were seen and at least ten API actions were accepted.
  const { clients = 20, marksBeforeCrash = 300 } = options;
  // The participant opens threads as fast as the server answers, past the 60 a minute a person may post.
  const env = { ...options.env, ...TEST_AUTH_ENV, RATE_LIMIT_POSTS_PER_MINUTE: '1000000' };
  const servers: ServerProcess[] = [];
  const peers: Peer[] = [];
  try {
    const first = await startServer({ env });
    servers.push(first);
    const server = accessTo(first);
    await createConsultation(server, { id: options.name, seed: 'demo', title: `Crash ${options.name}` });
    const participant = await invite(server, options.name, { role: 'participant' });
    const facilitator = await invite(server, options.name, { role: 'facilitator' });
    const room = `${options.name}:draft`;
    for (let i = 0; i < clients; i++) {
      peers.push(connectPeer(first.wsUrl, room, { params: { token: participant.token } }));
    }
    await Promise.all(peers.map((p) => whenSynced(p, 30_000)));

    const marksIn = (text: string) => text.match(/c\d+-\d+\|/g) ?? [];
    const seen = new Set<string>();
    for (const p of peers) {
      p.doc.on('update', () => {
        for (const mark of marksIn(textAt(p.doc))) seen.add(mark);
      });
    }
    let counter = 0;
    const typing = peers.map((p, i) => setInterval(() => appendInDraft(p.doc, `c${i}-${counter++}|`), 20 + (i % 5)));

    // API actions, one after the other; only the ones answered 2xx before the crash count.
    const accepted: { kind: 'thread' | 'status'; key: string; value: string }[] = [];
    let crashed = false;
    /** The status change sent when the crash came: it may or may not have been applied. */
    let inFlight: { indicatorId: string; status: string } | null = null;
    const actions = (async () => {
      for (let n = 0; !crashed; n++) {
        const indicatorId = INDICATORS[n % INDICATORS.length] as string;
        try {
          if (n % 2 === 0) {
            const body = `crash note ${n}`;
            const res = await api(first, `/api/consultations/${options.name}/threads`, {
              method: 'POST',
              token: participant.token,
              body: { indicatorId, type: 'update', body },
            });
            if (res.status === 201 && !crashed) accepted.push({ kind: 'thread', key: res.body.id, value: body });
          } else {
            const status = STATUSES[n % STATUSES.length] as string;
            inFlight = { indicatorId, status };
            const res = await api(first, `/api/consultations/${options.name}/indicators/${indicatorId}/status`, {
              method: 'PUT',
              token: facilitator.token,
              body: { status },
            });
            if (res.status === 200 && !crashed) accepted.push({ kind: 'status', key: indicatorId, value: status });
            if (!crashed) inFlight = null;
          }
        } catch {
          // The server went away mid-request: not accepted.
        }
      }
    })();

    await waitFor(
      () => seen.size >= marksBeforeCrash && accepted.length >= 10,
      'marks and API actions to flow',
      60_000,
    );
    crashed = true;
    await first.kill();
    for (const t of typing) clearInterval(t);
    await actions;
    const marksSeen = [...seen];

    const restartedAt = Date.now();
    const second = await startServer({ env, dataDir: first.dataDir, port: first.port });
    servers.push(second);
    await waitFor(() => peers.every((p) => p.provider.synced && p.provider.wsconnected), 'every client back', 60_000);
    const reference = peers[0] as Peer;
    await waitFor(() => peers.every((p) => textAt(p.doc) === textAt(reference.doc)), 'clients to converge', 60_000);
    const convergeMs = Date.now() - restartedAt;

    const final = new Set(marksIn(textAt(reference.doc)));
    const marksLost = marksSeen.filter((m) => !final.has(m));

    // Accepted actions, read back from the restarted server and the converged draft.
    const threads = await api(second, `/api/consultations/${options.name}/threads`, { token: participant.token });
    const threadIds = new Set<string>((threads.body.threads ?? []).map((t: { id: string }) => t.id));
    const lastStatus = new Map<string, string>();
    for (const a of accepted) if (a.kind === 'status') lastStatus.set(a.key, a.value);
    const actionsLost = [
      ...accepted.filter((a) => a.kind === 'thread' && !threadIds.has(a.key)).map((a) => `thread ${a.key}`),
      ...[...lastStatus]
        .filter(([id, status]) => {
          const indicator = findIndicator(reference.doc, id);
          const now = indicator ? attributeOf(indicator, '__status') : undefined;
          const pending = inFlight as { indicatorId: string; status: string } | null;
          return now !== status && !(pending?.indicatorId === id && now === pending.status);
        })
        .map(([id, status]) => `status ${id}=${status}`),
    ];
    return { marksSeen: marksSeen.length, marksLost, actionsAccepted: accepted.length, actionsLost, convergeMs };
  } finally {
    for (const p of peers) p.destroy();
    await Promise.all(servers.map((s) => s.stop()));
  }
}
