/**
 * A bare `ws` server for calibration: echoes binary frames, and on the text
 * command `broadcast <ws.send|write> <rounds>` writes a 30-byte frame to every
 * socket `rounds` times and answers with its own CPU per delivery (µs).
 * PORT and HOST from env.
 */
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import * as wsModule from 'ws';
import { type WebSocket, WebSocketServer } from 'ws';

const FRAME_OPTIONS = { fin: true, rsv1: false, opcode: 0x02, mask: false, readOnly: false } as const;
const frameOf = (wsModule as unknown as { Sender: { frame(data: Buffer, options: typeof FRAME_OPTIONS): Buffer[] } })
  .Sender.frame;
const payload = Buffer.alloc(30, 7);
const wire = Buffer.concat(frameOf(payload, FRAME_OPTIONS));

const server = createServer((_request, response) => response.end('bare'));
const wss = new WebSocketServer({ server, perMessageDeflate: false });
wss.on('connection', (ws) =>
  ws.on('message', (data: Buffer, isBinary) => {
    if (isBinary) ws.send(data);
    else void broadcast(ws, data.toString());
  }),
);
server.listen(Number(process.env.PORT ?? 1234), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));

async function broadcast(from: WebSocket, command: string): Promise<void> {
  const [, mode, rounds] = command.split(' ');
  const sockets = [...wss.clients].filter((ws) => ws !== from);
  const start = process.cpuUsage();
  for (let round = 0; round < Number(rounds); round++) {
    for (const ws of sockets) {
      if (mode === 'write') (ws as unknown as { _socket: { write(b: Buffer): void } })._socket.write(wire);
      else ws.send(payload);
    }
    await sleep(20);
  }
  const used = process.cpuUsage(start);
  from.send(String((used.user + used.system) / (Number(rounds) * sockets.length)));
}
