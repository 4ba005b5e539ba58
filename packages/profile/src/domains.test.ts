import { describe, expect, it } from 'vitest';
import { DOMAINS, domainOf } from './domains.ts';

describe('domainOf', () => {
  it('reads the domain from an indicator id, and none for an id of no domain', () => {
    expect(DOMAINS.map((d) => domainOf(`${d.code}.1`))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(domainOf('2.10')).toBe(2);
    for (const id of ['9.9', '0.1', '12.1', 'L2.1', '', 'x']) expect(domainOf(id), id).toBeUndefined();
  });
});
