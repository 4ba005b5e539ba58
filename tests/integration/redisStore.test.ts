import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../../server/src/log.ts';
import { describeDocStore } from '../../server/src/storage/describeDocStore.ts';
import { describeRateCounters } from '../../server/src/storage/describeRateCounters.ts';
import { describeRecordStore } from '../../server/src/storage/describeRecordStore.ts';
import { describeVersionStore } from '../../server/src/storage/describeVersionStore.ts';
import { connectRedis, type RedisConnection } from '../../server/src/storage/redis/connectRedis.ts';
import { createRedisDocStore } from '../../server/src/storage/redis/createRedisDocStore.ts';
import { createRedisRateCounters } from '../../server/src/storage/redis/createRedisRateCounters.ts';
import { createRedisRecordStore } from '../../server/src/storage/redis/createRedisRecordStore.ts';
import { createRedisVersionStore } from '../../server/src/storage/redis/createRedisVersionStore.ts';
import { type RedisClusterProcess, type RedisProcess, startRedis, startRedisCluster } from '../helpers/redisServer.ts';

let redis: RedisProcess;
let cluster: RedisClusterProcess;
const connections: RedisConnection[] = [];
let n = 0;

async function connect(url: string, isCluster = false): Promise<RedisConnection> {
  const connection = await connectRedis({ url, cluster: isCluster, logger: silentLogger });
  connections.push(connection);
  return connection;
}

beforeAll(async () => {
  [redis, cluster] = await Promise.all([startRedis(), startRedisCluster()]);
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  await Promise.all([redis?.destroy(), cluster?.destroy()]);
});

describeDocStore('redis', async () =>
  createRedisDocStore({ commands: (await connect(redis.url)).commands, prefix: `t${++n}` }),
);
describeRecordStore('redis', async () =>
  createRedisRecordStore({ commands: (await connect(redis.url)).commands, prefix: `t${++n}` }),
);
describeVersionStore('redis', async () =>
  createRedisVersionStore({ commands: (await connect(redis.url)).commands, prefix: `t${++n}` }),
);
describeVersionStore('redis cluster', async () =>
  createRedisVersionStore({ commands: (await connect(cluster.url, true)).commands, prefix: `c${++n}` }),
);
describeDocStore('redis cluster', async () =>
  createRedisDocStore({ commands: (await connect(cluster.url, true)).commands, prefix: `c${++n}` }),
);
describeRecordStore('redis cluster', async () =>
  createRedisRecordStore({ commands: (await connect(cluster.url, true)).commands, prefix: `c${++n}` }),
);

describeRateCounters(
  'redis',
  async () => {
    const prefix = `r${++n}`;
    return {
      counters: createRedisRateCounters({ commands: (await connect(redis.url)).commands, prefix }),
      sibling: createRedisRateCounters({ commands: (await connect(redis.url)).commands, prefix }),
    };
  },
  { shared: true },
);
describeRateCounters(
  'redis cluster',
  async () => {
    const prefix = `rc${++n}`;
    return {
      counters: createRedisRateCounters({ commands: (await connect(cluster.url, true)).commands, prefix }),
      sibling: createRedisRateCounters({ commands: (await connect(cluster.url, true)).commands, prefix }),
    };
  },
  { shared: true },
);

describe('redis RateCounters', () => {
  it('keeps counting, in this process, while Redis does not answer', async () => {
    const connection = await connectRedis({ url: redis.url, logger: silentLogger });
    const counter = createRedisRateCounters({ commands: connection.commands, prefix: `gone${++n}` })({
      name: 'posts',
      points: 2,
      windowSeconds: 60,
    });
    await connection.close();
    expect([await counter.take('p'), await counter.take('p')]).toEqual([null, null]);
    expect(await counter.take('p')).toBeGreaterThan(0);
  });
});

describe('redis DocStore', () => {
  it('keeps keys under the configured prefix, with one hash tag per document', async () => {
    const connection = await connect(redis.url);
    const store = createRedisDocStore({ commands: connection.commands, prefix: 'myprefix' });
    await store.append('demo:draft', Uint8Array.of(0, 0));
    const keys = (await connection.commands.eval("return redis.call('KEYS', '*')", {
      keys: [],
      arguments: [],
    })) as Buffer[];
    expect(keys.map(String)).toContain('myprefix:{demo:draft}:log');
  });

  it('loses no update when two instances compact the same document at the same moment', async () => {
    const [a, b] = await Promise.all([connect(redis.url), connect(redis.url)]);
    const prefix = `race${++n}`;
    const storeA = createRedisDocStore({ commands: a.commands, prefix });
    const storeB = createRedisDocStore({ commands: b.commands, prefix });
    const writer = new Y.Doc();
    const text = writer.getText('t');
    const appends: Promise<unknown>[] = [];
    writer.on('update', (u: Uint8Array) => appends.push(storeA.append('d', u)));
    for (let round = 0; round < 20; round++) {
      text.insert(text.length, `a${round} `);
      const [loadedA, loadedB] = await Promise.all([storeA.load('d'), storeB.load('d')]);
      text.insert(text.length, `b${round} `);
      await new Promise((r) => setTimeout(r, 2));
      const snapshot = (loaded: typeof loadedA) => {
        const doc = new Y.Doc();
        for (const u of loaded.updates) Y.applyUpdate(doc, u);
        return Y.encodeStateAsUpdate(doc);
      };
      await Promise.all([
        loadedA.through ? storeA.compact('d', snapshot(loadedA), loadedA.through) : null,
        loadedB.through ? storeB.compact('d', snapshot(loadedB), loadedB.through) : null,
      ]);
    }
    await Promise.all(appends);
    const reader = new Y.Doc();
    for (const u of (await storeB.load('d')).updates) Y.applyUpdate(reader, u);
    expect(reader.getText('t').toString()).toBe(text.toString());
  });
});
