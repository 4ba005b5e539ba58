/**
 * `pnpm reliability:crash [rounds]`: kills the real server with SIGKILL in
 * the middle of a 20-client session, `rounds` times (default 10) per store
 * (embedded SQLite, then Redis with AOF), and prints the tally: marks seen,
 * marks lost, API actions accepted and lost, time to converge. Exits 1 when
 * anything was lost. The CI suite runs one round per store
 * (tests/integration/crashRecovery.test.ts).
 */
import { crashRound } from '../helpers/crashRound.ts';
import { startRedis } from '../helpers/redisServer.ts';

const rounds = Number(process.argv[2] ?? 10);
const redis = await startRedis({ appendOnly: true });
let failures = 0;
try {
  for (const store of ['sqlite', 'redis'] as const) {
    const env: Record<string, string> =
      store === 'redis' ? { REDIS_URL: redis.url, REDIS_PREFIX: `crash-loop-${Date.now()}` } : {};
    const rows: string[] = [];
    let seen = 0;
    let lost = 0;
    let accepted = 0;
    let actionsLost = 0;
    const converge: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const tally = await crashRound({ env, name: `loop-${store}-${round}` });
      seen += tally.marksSeen;
      lost += tally.marksLost.length;
      accepted += tally.actionsAccepted;
      actionsLost += tally.actionsLost.length;
      converge.push(tally.convergeMs);
      if (tally.marksLost.length + tally.actionsLost.length > 0) failures++;
      rows.push(
        `  round ${round}: ${tally.marksSeen} marks seen, ${tally.marksLost.length} lost; ` +
          `${tally.actionsAccepted} API actions accepted, ${tally.actionsLost.length} lost; converged in ${tally.convergeMs} ms`,
      );
      process.stdout.write(`${rows.at(-1)}\n`);
    }
    converge.sort((a, b) => a - b);
    process.stdout.write(
      `${store}: ${rounds} crashes, ${seen} marks seen, ${lost} lost; ${accepted} API actions accepted, ${actionsLost} lost; ` +
        `converged in median ${converge[Math.floor(converge.length / 2)]} ms, max ${converge.at(-1)} ms\n`,
    );
  }
} finally {
  await redis.destroy();
}
process.exit(failures > 0 ? 1 : 0);
