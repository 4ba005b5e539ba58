/**
 * Node's flags for the server wherever it runs for real: `npm start`, the
 * container and the benchmark's Roundtable.
 *
 * - `--max-semi-space-size=8` (MB): the young generation stays at most 2 × 8 MB.
 *   Node's default lets it grow to 2 × 16 MB during a burst of joins and keep
 *   it, which was 17 of the 26 MB a thousand idle connections added to the
 *   RSS (`pnpm bench --only f`: 25.7 KB per connection with the default, 10.7 KB
 *   with 8; README, Figures).
 * - `--expose-gc`: lets the server run one full collection once it is quiet
 *   after a burst (`server/src/ops/IdleHeapReducer.ts`), so garbage promoted
 *   during the burst does not stay resident.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--expose-gc'];
