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
});
