import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { demoDraftDoc, demoMetadata } from '../test/demoProfile.ts';
import type { ProfileDocument } from './ProfileDocument.ts';
import { profileMarkdown } from './profileMarkdown.ts';
import { readProfileDocument } from './readProfileDocument.ts';

const md = new MarkdownIt('commonmark');

/** The block tokens of `source` as [tag, text] pairs: headings and paragraphs with their inline text. */
function blocks(source: string): [string, string][] {
  const tokens = md.parse(source, {});
  const out: [string, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const inline = tokens[i + 1];
    if (token?.type.endsWith('_open') && inline?.type === 'inline') {
      const text = (inline.children ?? []).map((c) => (c.type === 'text' ? c.content : `<${c.type}>`)).join('');
      out.push([token.tag, text]);
    }
  }
  return out;
}

describe('profileMarkdown read by a CommonMark parser (markdown-it)', () => {
  const { profile } = readProfileDocument(demoDraftDoc(), demoMetadata);

  it('gives back the title, the domain and indicator headings and the field values exactly', () => {
    const read = blocks(profileMarkdown(profile));
    expect(read[0]).toEqual(['h1', profile.title]);
    expect(read.filter(([tag]) => tag === 'h2').map(([, t]) => t)).toEqual([
      'Summary',
      'Context',
      ...profile.domains.map((d) => `Domain ${d.code}: ${d.name}`),
      'Key sources',
    ]);
    const indicators = profile.domains.flatMap((d) => d.indicators);
    expect(read.filter(([tag]) => tag === 'h3').map(([, t]) => t)).toEqual(indicators.map((i) => `${i.id} ${i.title}`));
    const questions = read.filter(([tag, t]) => tag === 'p' && t.startsWith('<strong_open>Question:'));
    expect(questions.map(([, t]) => t.replace('<strong_open>Question:<strong_close> ', ''))).toEqual(
      indicators.map((i) => i.question),
    );
  });

  it('reads text full of Markdown syntax back as the same literal text', () => {
    const nasty = '# *Law* [No. 5](http://x) <b>&amp; `code` _x_ | ~y~ \\ !{}';
    const typed: ProfileDocument = {
      ...profile,
      title: nasty,
      summary: [
        { kind: 'paragraph', inlines: [{ kind: 'text', text: '**Sources:** fake', format: 0 }] },
        { kind: 'paragraph', inlines: [{ kind: 'text', text: '- 1. + = not a list', format: 0 }] },
        { kind: 'paragraph', inlines: [{ kind: 'text', text: '2) nor this', format: 0 }] },
      ],
      domains: [],
    };
    const read = blocks(profileMarkdown(typed));
    expect(read[0]).toEqual(['h1', nasty]);
    expect(read.slice(4, 7)).toEqual([
      ['p', '**Sources:** fake'],
      ['p', '- 1. + = not a list'],
      ['p', '2) nor this'],
    ]);
  });
});
