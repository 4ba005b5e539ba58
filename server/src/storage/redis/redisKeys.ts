/**
 * Key layout. Every key of one document shares the hash tag `{<room>}` so a
 * document's log, snapshot and channel live in one Redis Cluster slot and
 * Lua scripts may touch them together.
 */
export function redisKeys(prefix: string) {
  return {
    log: (room: string) => `${prefix}:{${room}}:log`,
    snapshot: (room: string) => `${prefix}:{${room}}:snapshot`,
    channel: (room: string) => `${prefix}:{${room}}:bus`,
    records: (collection: string) => `${prefix}:{records:${collection}}`,
    versions: (consultation: string) => ({
      meta: `${prefix}:{versions:${consultation}}:meta`,
      states: `${prefix}:{versions:${consultation}}:states`,
      order: `${prefix}:{versions:${consultation}}:order`,
    }),
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
