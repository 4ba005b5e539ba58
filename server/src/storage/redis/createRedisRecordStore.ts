import type { RecordStore } from '../RecordStore.ts';
import type { RedisCommands } from './RedisCommands.ts';
import { redisKeys } from './redisKeys.ts';

// KEYS: hash. ARGV: id, expectedIsNull ('1'|'0'), expected, next.
const COMPARE_AND_SET = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if ARGV[2] == '1' then
  if current then return 0 end
elseif current ~= ARGV[3] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
return 1
`;

/** Records in Redis: one hash per collection. */
export function createRedisRecordStore(options: { commands: RedisCommands; prefix: string }): RecordStore {
  const { commands } = options;
  const keys = redisKeys(options.prefix);
  return {
    async get(collection, id) {
      const value = await commands.hGet(keys.records(collection), id);
      return value === null ? null : value.toString('utf8');
    },
    async list(collection) {
      const all = await commands.hGetAll(keys.records(collection));
      return Object.entries(all).map(([id, value]) => ({ id, value: value.toString('utf8') }));
    },
    async put(collection, id, value) {
      await commands.hSet(keys.records(collection), id, value);
    },
    async compareAndSet(collection, id, expected, next) {
      const result = await commands.eval(COMPARE_AND_SET, {
        keys: [keys.records(collection)],
        arguments: [id, expected === null ? '1' : '0', expected ?? '', next],
      });
      return Number(result) === 1;
    },
    async delete(collection, id) {
      await commands.hDel(keys.records(collection), id);
    },
    async close() {},
  };
}
