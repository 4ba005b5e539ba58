/**
 * The reference server, @hocuspocus/server 4.7, in memory with its defaults
 * (no extensions, any token accepted). PORT and HOST from env.
 */
import { Server } from '@hocuspocus/server';

const server = new Server({
  port: Number(process.env.PORT ?? 1234),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  stopOnSignals: true,
});
await server.listen();
