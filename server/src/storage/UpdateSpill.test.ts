import { appendFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UpdateSpill } from './UpdateSpill.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const fresh = () => new UpdateSpill(join(mkdtempSync(join(tmpdir(), 'spill-')), 'spill'));

describe('UpdateSpill', () => {
  it('reads back what was written, per room, in order', () => {
    const spill = fresh();
    spill.write('c1:draft', bytes(1, 2));
    spill.write('c2:draft', bytes(9));
    spill.write('c1:draft', bytes(3));
    expect(spill.read('c1:draft')).toEqual([bytes(1, 2), bytes(3)]);
    expect(spill.read('c2:draft')).toEqual([bytes(9)]);
    expect(spill.rooms().sort()).toEqual(['c1:draft', 'c2:draft']);
  });

  it('keeps updates written after a seal when the sealed files are removed', () => {
    const spill = fresh();
    spill.write('r', bytes(1));
    const sealed = spill.seal('r');
    spill.write('r', bytes(2));
    expect(spill.read('r')).toEqual([bytes(1), bytes(2)]);
    spill.remove(sealed);
    expect(spill.read('r')).toEqual([bytes(2)]);
    spill.remove(spill.seal('r'));
    expect(spill.read('r')).toEqual([]);
    expect(spill.rooms()).toEqual([]);
  });

  it('returns every sealed file of a room, older seals included, and ignores files already gone', () => {
    const spill = fresh();
    spill.write('r', bytes(1));
    const first = spill.seal('r');
    spill.write('r', bytes(2));
    const both = spill.seal('r');
    expect(both).toHaveLength(2);
    expect(both).toEqual(expect.arrayContaining(first));
    spill.remove(first);
    expect(() => spill.remove(both)).not.toThrow();
    expect(spill.read('r')).toEqual([]);
  });

  it('ignores a record torn by a crash mid-write', () => {
    const spill = fresh();
    spill.write('r', bytes(5, 6, 7));
    const [file] = readdirSync(spill.dir);
    // A length announcing 10 bytes, of which only 2 made it to disk.
    appendFileSync(join(spill.dir, file as string), Uint8Array.of(0, 0, 0, 10, 1, 2));
    expect(spill.read('r')).toEqual([bytes(5, 6, 7)]);
  });

  it('accepts any room name as a file name', () => {
    const spill = fresh();
    spill.write('../../etc/passwd:draft', bytes(1));
    expect(readdirSync(spill.dir).every((f) => !f.includes('/'))).toBe(true);
    expect(spill.rooms()).toEqual(['../../etc/passwd:draft']);
  });
});

describe('UpdateSpill across processes', () => {
  it('finds what an earlier process spilled in the same folder', () => {
    const first = fresh();
    first.write('c1:draft', bytes(4, 2));
    const next = new UpdateSpill(first.dir);
    expect(next.read('c1:draft')).toEqual([bytes(4, 2)]);
    expect(next.read('c2:draft')).toEqual([]);
    expect(next.seal('c2:draft')).toEqual([]);
  });
});
