import { decodeMessage } from '@roundtable/protocol';
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

/** The server's answer to a raw client's sync step 1, once it arrived. */
export function syncStep2Of(client: RawClient): Uint8Array | undefined {
  for (const frame of client.frames) {
    const message = decodeMessage(frame);
    if (message.type === 'sync-step2') return message.update;
  }
  return undefined;
}
