import { silentLogger } from '../../server/src/log.ts';
import { Connection } from '../../server/src/sync/Connection.ts';

/**
 * A joiner for a room loaded in process, as the websocket route would make
 * it but without a socket: every frame the room sends it goes to `onSend`
 * (a count, or nothing), and its updates pass any write policy.
 */
export function inProcessJoiner(onSend: (frame: Uint8Array) => void = () => {}): Connection {
  return new Connection(
    { send: onSend, close: () => {}, bufferedAmount: 0 },
    {
      id: 'joiner',
      checkUpdate: () => ({ verdict: 'accept' }),
      writer: 'joiner',
      maxBufferedBytes: 1 << 30,
      maxQueuedFrames: 10,
      logger: silentLogger,
    },
  );
}
