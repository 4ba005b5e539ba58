import { WebSocket } from 'ws';

export interface RawClient {
  ws: WebSocket;
  frames: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare websocket with no protocol logic, for sending crafted frames. `headers` e.g. a Cookie. */
export async function connectRaw(url: string, options: { headers?: Record<string, string> } = {}): Promise<RawClient> {
  const ws = new WebSocket(url, options.headers ? { headers: options.headers } : undefined);
  ws.binaryType = 'nodebuffer';
  const frames: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, frames, closed };
}
