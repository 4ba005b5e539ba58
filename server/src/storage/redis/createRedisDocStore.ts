import type { DocStore, StoredDoc } from '../DocStore.ts';
import type { RedisCommands } from './RedisCommands.ts';
import { redisKeys } from './redisKeys.ts';

// Compares two stream ids "ms-seq"; true when a > b.
const ID_GREATER = `
local function greater(a, b)
  local ams, aseq = string.match(a, '^(%d+)-(%d+)$')
  local bms, bseq = string.match(b, '^(%d+)-(%d+)$')
  ams = tonumber(ams); aseq = tonumber(aseq); bms = tonumber(bms); bseq = tonumber(bseq)
  return ams > bms or (ams == bms and aseq > bseq)
end
`;

// KEYS: log, snapshot. ARGV[1]: position ('' = from the start).
// Returns { snapshotThrough|false, snapshotData|false, pendingCount, id1, data1, id2, data2, ... } in one
// atomic read. pendingCount is every entry after the snapshot, whatever the position: a compaction trims the
// stream to the snapshot's own entry (XTRIM MINID), so it is the stream's length less the entries up to it.
const READ = `${ID_GREATER}
local snapThrough = redis.call('HGET', KEYS[2], 'through')
local pending = redis.call('XLEN', KEYS[1])
if snapThrough then pending = pending - #redis.call('XRANGE', KEYS[1], '-', snapThrough) end
local snapData = false
local start = '-'
local position = ARGV[1]
if snapThrough and (position == '' or greater(snapThrough, position)) then
  snapData = redis.call('HGET', KEYS[2], 'data')
  start = '(' .. snapThrough
elseif position ~= '' then
  snapThrough = false
  start = '(' .. position
else
  snapThrough = false
end
local out = { snapThrough, snapData, pending }
local entries = redis.call('XRANGE', KEYS[1], start, '+')
for _, entry in ipairs(entries) do
  out[#out + 1] = entry[1]
  out[#out + 1] = entry[2][2]
end
return out
`;

// KEYS: log, snapshot. ARGV: through, snapshot bytes. Ignores a compaction older than the stored one.
const COMPACT = `${ID_GREATER}
local current = redis.call('HGET', KEYS[2], 'through')
if current and not greater(ARGV[1], current) then return 0 end
redis.call('HSET', KEYS[2], 'through', ARGV[1], 'data', ARGV[2])
redis.call('XTRIM', KEYS[1], 'MINID', ARGV[1])
return 1
`;

/**
 * Documents in Redis: each document is a stream of updates (`XADD`) plus a
 * snapshot hash; reads and compactions are Lua scripts, so a reader never
 * sees a half-compacted log and racing compactions never lose an update.
 */
export function createRedisDocStore(options: { commands: RedisCommands; prefix: string }): DocStore {
  const { commands } = options;
  const keys = redisKeys(options.prefix);

  const read = async (name: string, position: string | null): Promise<StoredDoc> => {
    const reply = (await commands.eval(READ, {
      keys: [keys.log(name), keys.snapshot(name)],
      arguments: [position ?? ''],
    })) as [Buffer | null, Buffer | null, number, ...Buffer[]];
    const [snapThrough, snapData, pendingCount, ...entries] = reply;
    const updates: Uint8Array[] = [];
    if (snapThrough && snapData) updates.push(toBytes(snapData));
    let through: string | null = snapThrough ? snapThrough.toString() : position;
    for (let i = 0; i < entries.length; i += 2) {
      through = (entries[i] as Buffer).toString();
      updates.push(toBytes(entries[i + 1] as Buffer));
    }
    return { updates, through, pendingCount };
  };

  return {
    load: (name) => read(name, null),
    readAfter: (name, position) => read(name, position),
    async append(name, update) {
      const id = await commands.xAdd(keys.log(name), '*', {
        u: Buffer.from(update.buffer, update.byteOffset, update.byteLength),
      });
      return id.toString();
    },
    async compact(name, snapshot, through) {
      await commands.eval(COMPACT, {
        keys: [keys.log(name), keys.snapshot(name)],
        arguments: [through, Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength)],
      });
    },
    async close() {},
  };
}

function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
