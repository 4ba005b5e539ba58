import type { VersionStore } from '../VersionStore.ts';
import type { RedisCommands } from './RedisCommands.ts';
import { redisKeys } from './redisKeys.ts';

// KEYS: meta hash, states hash, order list (one hash tag). ARGV: id, meta, draft, threads.
// Writes all three or nothing: a version is never half stored, nor an existing one overwritten.
const SAVE = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1] .. ':draft', ARGV[3], ARGV[1] .. ':threads', ARGV[4])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('RPUSH', KEYS[3], ARGV[1])
return 1
`;

/**
 * Versions in Redis: per consultation, a hash of metadata, a hash of encoded
 * states and a list giving the order saved, all under the hash tag
 * `{versions:<consultation>}` so one script writes them together (Redis
 * Cluster included).
 */
export function createRedisVersionStore(options: { commands: RedisCommands; prefix: string }): VersionStore {
  const { commands } = options;
  const keys = redisKeys(options.prefix);
  return {
    async save(consultationId, version) {
      const k = keys.versions(consultationId);
      const result = await commands.eval(SAVE, {
        keys: [k.meta, k.states, k.order],
        arguments: [version.id, version.meta, Buffer.from(version.draft), Buffer.from(version.threads)],
      });
      return Number(result) === 1;
    },
    async list(consultationId) {
      const k = keys.versions(consultationId);
      const [order, metas] = await Promise.all([commands.lRange(k.order, 0, -1), commands.hGetAll(k.meta)]);
      return order.flatMap((raw) => {
        const id = raw.toString('utf8');
        const meta = metas[id];
        return meta === undefined ? [] : [{ id, meta: meta.toString('utf8') }];
      });
    },
    async get(consultationId, versionId) {
      const k = keys.versions(consultationId);
      const [meta, draft, threads] = await Promise.all([
        commands.hGet(k.meta, versionId),
        commands.hGet(k.states, `${versionId}:draft`),
        commands.hGet(k.states, `${versionId}:threads`),
      ]);
      if (meta === null || draft === null || threads === null) return null;
      return {
        id: versionId,
        meta: meta.toString('utf8'),
        draft: new Uint8Array(draft),
        threads: new Uint8Array(threads),
      };
    },
    async close() {},
  };
}
