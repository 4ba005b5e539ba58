import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

const OPEN = '.open';
const SEALED = '.sealed';

/**
 * Updates a room accepted while its store was unreachable, kept in local
 * files so that they survive the process stopping (even `kill -9`) before
 * the store is back. One folder; per room an open file that takes new
 * updates and any number of sealed files that a flush is writing to the
 * store. Each record is a 4-byte big-endian length and the update's bytes,
 * written and fsynced before `write` returns; a torn last record (a crash
 * mid-write) is ignored when read.
 *
 * Replaying an update twice is harmless (Yjs ignores what a document already
 * holds), so every step errs on the side of keeping a file.
 *
 * @example
 * const spill = new UpdateSpill('data/spill');
 * spill.write('demo:draft', update);          // durable on local disk
 * const files = spill.seal('demo:draft');      // before a flush to the store
 * spill.remove(files);                         // once the store has them
 */
export class UpdateSpill {
  private sequence = 0;
  /**
   * Rooms that may have files: read from the folder once, then kept up to
   * date by `write` (one process owns a data folder), so that loading a room
   * that never spilled (nearly every load) reads no folder.
   */
  private readonly spilled: Set<string>;

  constructor(readonly dir: string) {
    this.spilled = new Set(this.rooms());
  }

  /** Appends `update` to the room's open file and fsyncs it. Throws when the disk refuses. */
  write(room: string, update: Uint8Array): void {
    mkdirSync(this.dir, { recursive: true });
    this.spilled.add(room);
    const fd = openSync(join(this.dir, fileName(room) + OPEN), 'a');
    try {
      const header = Buffer.alloc(4);
      header.writeUInt32BE(update.byteLength);
      writeSync(fd, header);
      writeSync(fd, update);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Seals the room's open file (new writes start a new one) and returns every
   * sealed file of the room: what a flush that succeeds may remove.
   */
  seal(room: string): string[] {
    if (!this.spilled.has(room)) return [];
    const open = join(this.dir, fileName(room) + OPEN);
    if (existsSync(open)) {
      renameSync(open, join(this.dir, `${fileName(room)}.${Date.now()}-${this.sequence++}${SEALED}`));
    }
    return this.filesOf(room).filter((f) => f.endsWith(SEALED));
  }

  /** Every update kept for `room`, in the order written (sealed files first). */
  read(room: string): Uint8Array[] {
    if (!this.spilled.has(room)) return [];
    return this.filesOf(room).flatMap((f) => readRecords(f));
  }

  /** The rooms with kept updates. */
  rooms(): string[] {
    if (!existsSync(this.dir)) return [];
    const names = new Set<string>();
    for (const entry of readdirSync(this.dir)) {
      const encoded = entry.split('.')[0];
      if (encoded) names.add(Buffer.from(encoded, 'base64url').toString('utf8'));
    }
    return [...names];
  }

  /** Deletes files whose updates the store now holds; a file already gone is fine. */
  remove(files: readonly string[]): void {
    for (const f of files) {
      try {
        unlinkSync(f);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }

  /** The room's files, sealed ones (oldest first) before the open one. */
  private filesOf(room: string): string[] {
    if (!existsSync(this.dir)) return [];
    const prefix = `${fileName(room)}.`;
    const entries = readdirSync(this.dir).filter((e) => e.startsWith(prefix));
    const sealed = entries.filter((e) => e.endsWith(SEALED)).sort(bySealTime);
    const open = entries.filter((e) => e.endsWith(OPEN));
    return [...sealed, ...open].map((e) => join(this.dir, e));
  }
}

/** A room name as a file name: base64url, so any room name is safe on any file system. */
function fileName(room: string): string {
  return Buffer.from(room, 'utf8').toString('base64url');
}

function bySealTime(a: string, b: string): number {
  const stamp = (e: string) => e.split('.')[1]?.split('-').map(Number) ?? [0, 0];
  const [ta = 0, sa = 0] = stamp(a);
  const [tb = 0, sb = 0] = stamp(b);
  return ta - tb || sa - sb;
}

function readRecords(path: string): Uint8Array[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: Uint8Array[] = [];
  let at = 0;
  while (at + 4 <= bytes.byteLength) {
    const length = bytes.readUInt32BE(at);
    if (at + 4 + length > bytes.byteLength) break; // torn by a crash mid-write
    records.push(new Uint8Array(bytes.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
  }
  return records;
}
