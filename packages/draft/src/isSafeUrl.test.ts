import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './draftSchema.ts';

describe('isSafeUrl', () => {
  it.each([
    'https://example.org/law?x=1',
    'http://a.b',
    'mailto:desk@example.org',
    '#summary',
    '/c/demo',
    'docs/a.html',
    '',
  ])('accepts %s', (url) => expect(isSafeUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
    'tel:+123',
    'about:blank',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://example.org/\u0000',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false));

  it('refuses what is not a string or is too long', () => {
    expect(isSafeUrl(42)).toBe(false);
    expect(isSafeUrl(`https://example.org/${'a'.repeat(2_000)}`)).toBe(false);
  });
});
