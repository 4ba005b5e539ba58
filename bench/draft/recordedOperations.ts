import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An everyday operation recorded in a browser: the server's document before it and the frames the page sent. */
export interface RecordedOperation {
  name: string;
  before: Uint8Array;
  frames: { kind: string; update: Uint8Array }[];
}

/** The part of the recordings' `index.json` read here (tests/fixtures/draft-updates, recorded by record.ts). */
interface RecordingIndex {
  operations: { name: string; before: string; frames: { file: string; kind: string }[] }[];
}

/**
 * The operations recorded in `dir` (`index.json` and its `.bin` files),
 * skipping any whose files are missing (a recording in progress); an empty
 * list when `dir` has no index. Optional input of `pnpm bench:policy`.
 */
export function recordedOperations(dir: string): RecordedOperation[] {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) return [];
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as RecordingIndex;
  const read = (file: string) => new Uint8Array(readFileSync(join(dir, file)));
  return index.operations
    .filter((op) => [op.before, ...op.frames.map((f) => f.file)].every((file) => existsSync(join(dir, file))))
    .map((op) => ({
      name: op.name,
      before: read(op.before),
      frames: op.frames.map((frame) => ({ kind: frame.kind, update: read(frame.file) })),
    }));
}
