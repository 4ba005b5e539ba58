import { describe, expect, it } from 'vitest';
import { attributeRule, isSafeUrl, nodeRule } from './draftSchema.ts';

/** Whether the schema accepts `value` for attribute `key` of node type `type`. */
function accepts(type: string, key: string, value: unknown): boolean {
  const rule = attributeRule(type, key);
  if (rule === undefined) throw new Error(`no rule for ${key} of ${type}`);
  return rule.accepts(value);
}

describe('DRAFT_SCHEMA: attribute values at their bounds', () => {
  it('takes whole numbers within the range only', () => {
    expect([0, 20].map((v) => accepts('paragraph', '__indent', v))).toEqual([true, true]);
    expect([-1, 21, 1.5, '3', null].map((v) => accepts('paragraph', '__indent', v))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([-1_000_000, 1_000_000].map((v) => accepts('listitem', '__value', v))).toEqual([true, true]);
    expect([-1_000_001, 1_000_001].map((v) => accepts('listitem', '__value', v))).toEqual([false, false]);
    expect([1, 6, 0, 7].map((v) => accepts('domain-heading', '__code', v))).toEqual([true, true, false, false]);
  });

  it('takes strings up to their length only', () => {
    expect(accepts('link', '__rel', 'a'.repeat(200))).toBe(true);
    expect(accepts('link', '__rel', 'a'.repeat(201))).toBe(false);
    expect(accepts('section-heading', '__anchor', 'a'.repeat(64))).toBe(true);
    expect(accepts('section-heading', '__anchor', 'a'.repeat(65))).toBe(false);
  });

  it('takes no inline style on any node a person writes: Lexical would apply it as CSS in every page', () => {
    const styled = [
      ['paragraph', '__style'],
      ['paragraph', '__textStyle'],
      ['listitem', '__style'],
      ['list', '__textStyle'],
      ['link', '__style'],
      ['text', '__style'],
      ['indicator', '__style'],
      ['indicator', '__textStyle'],
      ['root', '__style'],
    ] as const;
    for (const [type, key] of styled) {
      expect(accepts(type, key, '')).toBe(true);
      for (const value of ['position:fixed;inset:0;z-index:2147483647', 'display:none', 'color: red', ' ', 5, null]) {
        expect(accepts(type, key, value)).toBe(false);
      }
    }
  });

  it('takes null, undefined or a short string where a value is optional', () => {
    for (const value of [null, undefined, '', 'Law No. 24/2010', 'a'.repeat(500)]) {
      expect(accepts('link', '__title', value)).toBe(true);
    }
    for (const value of ['a'.repeat(501), 5, false, {}]) expect(accepts('link', '__title', value)).toBe(false);
  });

  it('opens a link here or in a new tab, never with a hold on this page', () => {
    for (const value of [null, undefined, '', '_blank', '_self']) expect(accepts('link', '__target', value)).toBe(true);
    for (const value of ['_top', '_parent', 'frame', 5]) expect(accepts('link', '__target', value)).toBe(false);
    for (const value of [null, undefined, '', 'noopener noreferrer', 'nofollow', 'openers']) {
      expect(accepts('link', '__rel', value)).toBe(true);
    }
    for (const value of ['opener', 'noreferrer opener', 'OPENER', 'a'.repeat(201)]) {
      expect(accepts('link', '__rel', value)).toBe(false);
    }
    expect(accepts('link', '__title', 'a'.repeat(500))).toBe(true);
    expect(accepts('link', '__title', 'a'.repeat(501))).toBe(false);
  });

  it('takes a non-empty string where one is required', () => {
    expect(accepts('indicator', '__indicatorId', '1.1')).toBe(true);
    expect(accepts('indicator', '__indicatorId', 'a'.repeat(32))).toBe(true);
    expect(accepts('indicator', '__indicatorId', '')).toBe(false);
    expect(accepts('indicator', '__indicatorId', 'a'.repeat(33))).toBe(false);
    expect(accepts('indicator', '__indicatorId', 11)).toBe(false);
  });

  it('takes values from a list only, the alignment as a number or a word', () => {
    expect(['ltr', 'rtl', 'auto', null].map((v) => accepts('paragraph', '__dir', v))).toEqual([true, true, true, true]);
    expect(['up', undefined, ''].map((v) => accepts('paragraph', '__dir', v))).toEqual([false, false, false]);
    expect([0, 15, '', 'center', 'justify'].map((v) => accepts('paragraph', '__format', v))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([16, -1, 'middle', 1.5].map((v) => accepts('paragraph', '__format', v))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('isSafeUrl and invitation links', () => {
  it('refuses a link with a token in its fragment, whatever path the browser resolves it to', () => {
    for (const url of [
      '/join#token=abc',
      'https://roundtable.example.org/join#token=abc',
      'http://127.0.0.1:8787/join/#token=abc',
      'join#token=abc',
      '/x/../join#token=abc',
      '/JOIN?from=mail#token=abc',
      '/join#tok%65n=abc',
      // Found by a review: dot segments, encoded dots and backslashes resolve to /join in the browser.
      '/join/.#token=abc',
      '/join/./#token=abc',
      '/join/%2e#token=abc',
      '/join/%2E#token=abc',
      '/join/x/..#token=abc',
      '/join/x/%2e%2e#token=abc',
      '/join//..#token=abc',
      '/join/.?x#token=abc',
      '\\join\\.#token=abc',
      '../join/.#token=abc',
      '/c/demo/../../join/.#token=abc',
      'https://any.example/join/.#token=abc',
      '/join/.#x&token=abc',
    ]) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });

  it('takes links that only look alike: an anchor named join or token, other fields, a join page without a token', () => {
    for (const url of [
      '#join',
      '#token',
      '/join#token=', // no token: the join page has nothing to trade
      '/rejoin#a',
      'https://example.org/join-us#a',
      '/join',
      '/join#section-2',
      'https://example.org/page?token=abc',
      'https://example.org/page#tokens=abc',
      'mailto:join@example.org',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });
});

describe('isSafeUrl at its limits', () => {
  it('takes a link of exactly 2 000 characters', () => {
    const url = `https://example.org/${'a'.repeat(2_000 - 20)}`;
    expect(url.length).toBe(2_000);
    expect(isSafeUrl(url)).toBe(true);
    expect(isSafeUrl(`${url}a`)).toBe(false);
  });

  it('refuses the control characters around DEL and C1, and takes the characters next to them', () => {
    for (const code of [0x7f, 0x80, 0x9f, 0x20, 0x00]) {
      expect(isSafeUrl(`https://example.org/${String.fromCharCode(code)}`)).toBe(false);
    }
    for (const code of [0x7e, 0xa0, 0x21])
      expect(isSafeUrl(`https://example.org/${String.fromCharCode(code)}`)).toBe(true);
  });

  it('reads a scheme and a leading double slash only at the start', () => {
    expect(isSafeUrl('docs/javascript:alert(1)')).toBe(true);
    expect(isSafeUrl('docs/\\x')).toBe(true);
    expect(isSafeUrl('docs//x')).toBe(true);
  });
});

describe('nodeRule and attributeRule', () => {
  it('know only the schema’s own node types and attributes, not inherited names', () => {
    expect(nodeRule('paragraph')?.yKind).toBe('XmlText');
    for (const type of ['toString', 'constructor', '__proto__', 5, undefined]) expect(nodeRule(type)).toBeUndefined();
    expect(attributeRule('link', '__url')?.owner).toBe('editor');
    expect(attributeRule('paragraph', 'toString')).toBeUndefined();
    expect(attributeRule('paragraph', '__url')).toBeUndefined();
    expect(attributeRule('heading', '__tag')).toBeUndefined();
    expect(attributeRule('toString', '__format')).toBeUndefined();
  });
});
