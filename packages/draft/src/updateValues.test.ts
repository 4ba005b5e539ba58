import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { INVALID_VALUE, preview, yKindOf } from './updateValues.ts';

describe('preview', () => {
  it('shows a value as JSON, cut to 40 characters, and says what a removal or a foreign value is', () => {
    expect(preview('agreed')).toBe('"agreed"');
    expect(preview(7)).toBe('7');
    expect(preview(undefined)).toBe('removed');
    expect(preview(INVALID_VALUE)).toBe('a value of that kind');
    const forty = `"${'x'.repeat(38)}"`;
    expect(preview('x'.repeat(38))).toBe(forty);
    expect(preview('x'.repeat(39))).toBe(`"${'x'.repeat(38)}…"`);
  });
});

describe('yKindOf', () => {
  it('names the three kinds of shared type the draft holds, and no other', () => {
    expect(yKindOf(new Y.XmlText())).toBe('XmlText');
    expect(yKindOf(new Y.XmlElement('x'))).toBe('XmlElement');
    expect(yKindOf(new Y.Map())).toBe('Map');
    expect(yKindOf(new Y.Array() as never)).toBeUndefined();
  });
});
