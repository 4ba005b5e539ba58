import { describe, expect, it } from 'vitest';
import type { Connection } from './Connection.ts';
import { FanOut } from './FanOut.ts';
import type { SharedFrame } from './Socket.ts';

/** A connection that records each write as the list of frames it carried, by their first byte. */
function fakeConnection() {
  const writes: number[][] = [];
  const connection = {
    sendShared: (frame: SharedFrame) => {
      const carried: number[] = [];
      for (let f: SharedFrame | undefined = frame; f; f = f.next) carried.push(f.bytes[0] as number);
      writes.push(carried);
    },
  };
  return { connection: connection as unknown as Connection, writes };
}

function room(size: number) {
  const fakes = Array.from({ length: size }, fakeConnection);
  const connections = new Set(fakes.map((f) => f.connection));
  return { fakes, connections, fanOut: new FanOut(connections) };
}

const frame = (id: number, next?: SharedFrame): SharedFrame => ({ bytes: Uint8Array.of(id), next });
const nextTick = () => new Promise((resolve) => setImmediate(resolve));
const settle = async () => {
  for (let i = 0; i < 20; i++) await nextTick();
};

describe('FanOut', () => {
  it('writes a frame to a small room at once, one write per connection', () => {
    const { fakes, fanOut } = room(10);
    fanOut.send(frame(1), null);
    for (const fake of fakes) expect(fake.writes).toEqual([[1]]);
  });

  it('lets the loop run between chunks of a large room, and a frame queued meanwhile joins the same write', async () => {
    const { fakes, fanOut } = room(300);
    fanOut.send(frame(1), null);
    const writtenAtOnce = fakes.filter((f) => f.writes.length > 0).length;
    expect(writtenAtOnce).toBeGreaterThan(0);
    expect(writtenAtOnce).toBeLessThan(300);
    fanOut.send(frame(2), null);
    await settle();
    for (const [i, fake] of fakes.entries()) {
      // Every connection has both frames, in order, exactly once.
      expect(fake.writes.flat()).toEqual([1, 2]);
      // The ones not reached when the second frame came got both in one write.
      expect(fake.writes.length).toBe(i < writtenAtOnce ? 2 : 1);
    }
  });

  it('gives the excluded connection its own frame, or nothing, in the same order', async () => {
    const { fakes, fanOut } = room(300);
    const author = fakes[200];
    const other = fakes[250];
    if (!author || !other) throw new Error('no connection');
    fanOut.send(frame(1), null);
    fanOut.send(frame(2), author.connection, frame(20));
    fanOut.send(frame(3, frame(4)), author.connection);
    await settle();
    expect(author.writes).toEqual([[1, 20]]);
    expect(other.writes).toEqual([[1, 2, 3, 4]]);
  });

  it('sends a connection that joined only what is queued after it, and one never announced everything in flight', async () => {
    const fakes = Array.from({ length: 300 }, fakeConnection);
    const connections = new Set(fakes.map((f) => f.connection));
    const fanOut = new FanOut(connections);
    fanOut.send(frame(1), null);
    const joiner = fakeConnection();
    const stranger = fakeConnection();
    connections.add(joiner.connection);
    fanOut.joined(joiner.connection);
    connections.add(stranger.connection);
    fanOut.send(frame(2), null);
    await settle();
    expect(joiner.writes).toEqual([[2]]);
    expect(stranger.writes).toEqual([[1, 2]]);
  });

  it('keeps only the frames some connection still needs while every pass gets a new frame', async () => {
    const { fakes, fanOut } = room(300);
    for (const fake of fakes) fanOut.joined(fake.connection);
    let most = 0;
    for (let i = 1; i <= 200; i++) {
      fanOut.send(frame(i), null);
      most = Math.max(most, fanOut.framesInFlight);
      await nextTick();
    }
    await settle();
    expect(most).toBeLessThan(5);
    expect(fanOut.framesInFlight).toBe(0);
    const all = Array.from({ length: 200 }, (_, i) => i + 1);
    for (const fake of fakes) expect(fake.writes.flat()).toEqual(all);
  });

  it('writes everything queued when asked to flush, so a direct frame cannot overtake it', () => {
    const { fakes, fanOut } = room(300);
    fanOut.send(frame(1), null);
    fanOut.send(frame(2), null);
    fanOut.flush();
    for (const fake of fakes) expect(fake.writes.flat()).toEqual([1, 2]);
  });

  it('writes nothing more to a connection that left, nor after it is disposed', async () => {
    const { fakes, connections, fanOut } = room(300);
    const leaving = fakes[299];
    if (!leaving) throw new Error('no connection');
    fanOut.send(frame(1), null);
    connections.delete(leaving.connection);
    fanOut.left(leaving.connection);
    await settle();
    expect(leaving.writes).toEqual([]);
    fanOut.send(frame(2), null);
    fanOut.dispose();
    fanOut.send(frame(3), null);
    await settle();
    expect(fakes[298]?.writes.flat()).toEqual([1]);
  });
});
