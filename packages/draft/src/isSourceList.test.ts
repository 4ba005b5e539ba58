import { describe, expect, it } from 'vitest';
import { isSourceList } from './isSourceList.ts';

describe('isSourceList', () => {
  it('accepts a list of sources as the editor writes it', () => {
    expect(isSourceList('[]')).toBe(true);
    expect(isSourceList(JSON.stringify([{ title: 'Law No. 112 on Foreigners', kind: 'law', year: 2019 }]))).toBe(true);
    expect(isSourceList(JSON.stringify([{ title: 'Annual report', kind: 'report' }]))).toBe(true);
  });

  it.each([
    ['an unknown kind', [{ title: 'A', kind: 'rumour' }]],
    ['an empty title', [{ title: '  ', kind: 'law' }]],
    ['a year that is not a whole number', [{ title: 'A', kind: 'law', year: 2019.5 }]],
    ['a key sources do not have', [{ title: 'A', kind: 'law', url: 'javascript:alert(1)' }]],
    ['something that is not a list', { title: 'A', kind: 'law' }],
  ])('refuses %s', (_name, value) => {
    expect(isSourceList(JSON.stringify(value))).toBe(false);
  });

  it('refuses text that is not JSON, and values that are not text', () => {
    expect(isSourceList('[{')).toBe(false);
    expect(isSourceList([{ title: 'A', kind: 'law' }])).toBe(false);
  });

  it('takes a list up to 100,000 characters and refuses a longer one', () => {
    // Sources with short titles, the last one's title padded so the JSON is exactly `length` characters.
    const listOf = (length: number) => {
      const source = (title: string) => `{"title":"${title}","kind":"law"}`;
      const entries: string[] = [];
      const size = () => 2 + entries.join(',').length;
      while (size() + source('a'.repeat(50)).length + 1 < length) entries.push(source('a'.repeat(50)));
      entries.push(source(''));
      const last = length - size();
      entries[entries.length - 1] = source('b'.repeat(last));
      return `[${entries.join(',')}]`;
    };
    expect(listOf(100_000)).toHaveLength(100_000);
    expect(isSourceList(listOf(100_000))).toBe(true);
    expect(isSourceList(listOf(100_001))).toBe(false);
  });
});
