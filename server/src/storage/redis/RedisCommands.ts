export type BufferListener = (message: Buffer, channel: Buffer) => void;

/**
 * The handful of commands Roundtable uses, typed narrowly so a standalone
 * client and a cluster client are interchangeable. Replies of bulk strings
 * are Buffers (binary-safe Yjs updates).
 */
export interface RedisCommands {
  xAdd(key: string, id: string, message: Record<string, Buffer | Uint8Array | string>): Promise<Buffer | string>;
  eval(script: string, options: { keys: string[]; arguments: (string | Buffer)[] }): Promise<unknown>;
  hGet(key: string, field: string): Promise<Buffer | null>;
  hGetAll(key: string): Promise<Record<string, Buffer>>;
  hSet(key: string, field: string, value: string | Buffer): Promise<number>;
  hDel(key: string, field: string): Promise<number>;
  lRange(key: string, start: number, stop: number): Promise<Buffer[]>;
  sPublish(channel: string, message: Buffer): Promise<number>;
  sSubscribe(channel: string, listener: BufferListener, bufferMode: true): Promise<void>;
  sUnsubscribe(channel: string, listener?: BufferListener, bufferMode?: true): Promise<void>;
  readonly isReady: boolean;
}
