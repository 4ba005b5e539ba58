import { connect, createServer, type Server, type Socket } from 'node:net';

/** A stand-in for a load balancer in front of several instances: plain TCP, one target at a time. */
export interface TcpBalancer {
  /** `ws://127.0.0.1:<port>/collab`, for clients. */
  wsUrl: string;
  /** Sends new connections to `port` from now on (existing ones stay where they are). */
  routeTo(port: number): void;
  close(): Promise<void>;
}

/**
 * Listens on a free port and pipes every connection to the current target
 * port on 127.0.0.1; a connection whose target is gone is closed, as a
 * balancer whose backend died would. No sticky sessions.
 */
export async function startTcpBalancer(targetPort: number): Promise<TcpBalancer> {
  let target = targetPort;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('startTcpBalancer: no port');
  return {
    wsUrl: `ws://127.0.0.1:${address.port}/collab`,
    routeTo(port) {
      target = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
