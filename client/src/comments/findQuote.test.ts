import { describe, expect, it } from 'vitest';
import { nearestOccurrence, sameText } from './findQuote.ts';

describe('nearestOccurrence', () => {
  const text = 'Law No. 24/2010 amends Law No. 24/2010 and Law No. 24/2010.';
  it('takes the occurrence nearest to where the anchor still starts', () => {
    expect(nearestOccurrence(text, 'Law No. 24/2010', null)).toBe(0);
    expect(nearestOccurrence(text, 'Law No. 24/2010', 30)).toBe(23);
    expect(nearestOccurrence(text, 'Law No. 24/2010', 50)).toBe(43);
  });

  it('finds nothing for text that is not there, empty quotes or quotes over paragraphs', () => {
    expect(nearestOccurrence(text, 'Decree No. 12', 0)).toBeNull();
    expect(nearestOccurrence(text, '  ', 0)).toBeNull();
    expect(nearestOccurrence(text, 'a\n\nb', 0)).toBeNull();
  });
});

describe('sameText', () => {
  it('ignores whitespace, which DOM ranges and Lexical write differently', () => {
    expect(sameText('first paragraph\n\nsecond', 'first paragraphsecond')).toBe(true);
    expect(sameText('Law No. ', 'Law No. 24/2010')).toBe(false);
  });
});
