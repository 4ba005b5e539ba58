import { DOMAINS, demoConsultation } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import { demoDraftDoc, demoMetadata } from '../test/demoProfile.ts';
import type { ProfileDocument } from './ProfileDocument.ts';
import { profileMarkdown } from './profileMarkdown.ts';
import { readProfileDocument } from './readProfileDocument.ts';

describe('profileMarkdown', () => {
  const { profile } = readProfileDocument(demoDraftDoc(), demoMetadata);
  const md = profileMarkdown(profile);

  it('writes the demo draft in the template: title, country, year, summary, context, six domains', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings[0]).toBe('# Migration Governance Profile: Republic of Veloria (draft)');
    expect(md).toContain('\n\n**Country:** Republic of Veloria\n\n**Year:** 2026\n\n## Summary\n\nThis is a fictional');
    expect(md).toContain('\n\n## Context\n\nThe Republic of Veloria is a landlocked');
    const domainHeadings = headings.filter((h) => h.startsWith('## Domain '));
    expect(domainHeadings).toEqual(DOMAINS.map((d) => `## Domain ${d.code}: ${d.title.replace("'", "'")}`));
    const indicatorHeadings = headings.filter((h) => h.startsWith('### '));
    expect(indicatorHeadings).toHaveLength(demoConsultation.indicators.length);
    expect(indicatorHeadings[0]).toBe('### 1.1 Healthcare regardless of migration status');
  });

  it('gives every indicator its field lines in a fixed order, sources last', () => {
    const first = md.slice(md.indexOf('### 1.1 '), md.indexOf('### 1.2 '));
    expect(first).toBe(
      [
        '### 1.1 Healthcare regardless of migration status',
        '**Question:** Does the country grant migrants access to public healthcare regardless of their migration status?',
        '**Answer:** partial',
        '**Kind:** potential-for-development',
        '**Finding:**',
        `${demoConsultation.indicators[0]?.finding}`,
        '**Sources:**',
        '- law (2016): Law No. 63/2016 on Public Health Care\n- decree (2018): Government Decree No. 188 of 2 May 2018 on the Mandatory Health Insurance Fund',
        '',
      ].join('\n\n'),
    );
  });

  it('escapes what people typed so it cannot become a heading, list, field or link', () => {
    const typed: ProfileDocument = {
      ...profile,
      title: '# Not *a* [heading]',
      summary: [
        { kind: 'paragraph', inlines: [{ kind: 'text', text: '**Sources:** fake', format: 0 }] },
        { kind: 'paragraph', inlines: [{ kind: 'text', text: '- not a list', format: 0 }] },
        { kind: 'paragraph', inlines: [{ kind: 'text', text: '12. not ordered <b>', format: 0 }] },
      ],
      context: [],
      domains: [],
      keySources: [],
    };
    const out = profileMarkdown(typed);
    expect(out).toContain('# \\# Not \\*a\\* \\[heading\\]\n');
    expect(out).toContain('\n\n\\*\\*Sources:\\*\\* fake\n\n\\- not a list\n\n12\\. not ordered \\<b\\>\n\n');
  });

  it('keeps bold, italic, links, line breaks and nested lists of a finding', () => {
    const rich: ProfileDocument = {
      ...profile,
      summary: [
        {
          kind: 'paragraph',
          inlines: [
            { kind: 'text', text: 'Law ', format: 0 },
            { kind: 'text', text: 'No. 5 ', format: 1 },
            { kind: 'text', text: 'amended', format: 2 },
            { kind: 'break' },
            { kind: 'text', text: 'see site', format: 0, link: 'https://example.org/a_(b)' },
          ],
        },
        {
          kind: 'list',
          ordered: true,
          items: [
            { level: 0, inlines: [{ kind: 'text', text: 'one', format: 0 }] },
            { level: 1, inlines: [{ kind: 'text', text: 'sub', format: 0 }] },
            { level: 0, inlines: [{ kind: 'text', text: 'two', format: 0 }] },
          ],
        },
      ],
    };
    const out = profileMarkdown(rich);
    expect(out).toContain(
      '## Summary\n\nLaw **No. 5** *amended*\\\n[see site](<https://example.org/a_(b)>)\n\n1. one\n   1. sub\n2. two\n\n',
    );
  });

  it('writes Azerbaijani, Russian and French text as it is', () => {
    const out = profileMarkdown({ ...profile, country: 'Azərbaycan — Россия — Côte d’Ivoire' });
    expect(out).toContain('**Country:** Azərbaycan — Россия — Côte d’Ivoire');
  });
});
