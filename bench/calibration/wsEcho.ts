/** A bare `ws` echo server: the floor under any server's fan-out latency on this machine. PORT and HOST from env. */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const server = createServer((_request, response) => response.end('echo'));
const wss = new WebSocketServer({ server });
wss.on('connection', (ws) => ws.on('message', (data: Buffer) => ws.send(data)));
server.listen(Number(process.env.PORT ?? 1234), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
