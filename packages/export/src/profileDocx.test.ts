import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { anchorFor } from '../test/anchorFor.ts';
import { demoDraftDoc, demoMetadata } from '../test/demoProfile.ts';
import { author, thread, withStoredBody } from '../test/threadFixtures.ts';
import { annotationsOf } from './ProfileAnnotations.ts';
import { profileDocx } from './profileDocx.ts';
import { readProfileDocument } from './readProfileDocument.ts';

const generatedAt = '2026-11-30T09:00:00.000Z';

async function text(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (file === null) throw new Error(`no ${name}`);
  return file.async('string');
}

/** An open thread on a quote of 1.1 with a reply, an unanchored one on 2.1, an accepted proposal on 1.2. */
function annotated() {
  const doc = demoDraftDoc();
  const open = {
    ...thread('t-open', '1.1', '2026-11-27T10:00:00.000Z', 'Which year? Уточните, s’il vous plaît.', {
      by: author('Leyla Məmmədova', 'Dövlət Miqrasiya Xidməti'),
      proposedText: 'Law No. 63/2017',
      reply: { body: 'Agreed, it is 2017.', by: author('Boris'), at: '2026-11-27T10:05:00.000Z' },
    }),
    anchor: anchorFor(doc, '1.1', 'Law No. 63/2016 on Public Health Care'),
  };
  const unanchored = thread('t-whole', '2.1', '2026-11-27T11:00:00.000Z', 'The whole finding is outdated.');
  const accepted = {
    ...thread('t-accepted', '1.2', '2026-11-27T09:00:00.000Z', 'Wrong law number.', {
      proposedText: 'Law No. 12/2020 on Education',
      resolve: { outcome: 'accepted', response: 'Yes.', at: '2026-11-28T08:30:00.000Z' },
    }),
    anchor: anchorFor(doc, '1.2', 'Law No.'),
  };
  const threads = [open, unanchored, accepted];
  const { profile, placed } = readProfileDocument(doc, demoMetadata, threads);
  return { profile, annotations: annotationsOf(threads, placed), placed };
}

describe('profileDocx', () => {
  it('writes the clean profile in profile order: title page, summary, context, domains, indicators with their fields', async () => {
    const { profile } = readProfileDocument(demoDraftDoc(), demoMetadata);
    const bytes = await profileDocx(profile, { generatedAt });
    const read = await text(bytes);
    // Headings are followed by a blank line; their table-of-contents entries by a tab.
    expect(read).toContain(
      "Contents\n\nSummary\t\n\nIntroduction\t\n\nCountry context\t\n\nDomain 1: Migrants' rights\t",
    );
    const at = (s: string) => {
      const i = read.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at('Migration Governance Profile: Republic of Veloria (draft)')).toBeLessThan(at('Summary\n\n'));
    expect(at('Summary\n\n')).toBeLessThan(at('Country context\n\n'));
    expect(at('Country context\n\n')).toBeLessThan(at("Domain 1: Migrants' rights\n"));
    expect(at("Domain 1: Migrants' rights\n")).toBeLessThan(at('1.1 Healthcare regardless of migration status\n'));
    expect(at('1.1 Healthcare regardless of migration status\n')).toBeLessThan(
      at('Domain 6: Safe, orderly and regular migration\n'),
    );
    const first = read.slice(
      at('1.1 Healthcare regardless of migration status\n'),
      at('1.2 Schooling for migrant children\n'),
    );
    expect(first).toContain('Question: Does the country grant migrants access to public healthcare');
    expect(first).toContain('Answer: Partially');
    expect(first).toContain('Kind: Potential for further development');
    expect(first).toContain('Law No. 63/2016 on Public Health Care guarantees free emergency');
    expect(first).toContain('Sources');
    // The kind comes first, as in the Markdown template, so an import reads it back.
    expect(first).toContain('Law (2016): Law No. 63/2016 on Public Health Care');
    const xml = await part(bytes, 'word/document.xml');
    expect(xml).not.toContain('<w:ins ');
    expect(xml).not.toContain('commentRangeStart');
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(await part(bytes, 'word/footer1.xml')).toMatch(/PAGE.*NUMPAGES/s);
  });

  it('annotated: open threads are Word comments on their quoted text, replies threaded, with author and organisation', async () => {
    const { profile, annotations, placed } = annotated();
    expect([...placed].sort()).toEqual(['t-accepted', 't-open']);
    const bytes = await profileDocx(profile, { generatedAt, annotations });
    const comments = await part(bytes, 'word/comments.xml');
    expect(comments).toContain('w:author="Leyla Məmmədova (Dövlət Miqrasiya Xidməti)"');
    expect(comments).toContain('Which year? Уточните, s’il vous plaît.');
    expect(comments).toContain('Proposed wording: ');
    expect(comments).toContain('Agreed, it is 2017.');
    expect(comments).toContain('The whole finding is outdated.');
    expect(comments.match(/<w:comment /g)).toHaveLength(3);
    const extended = await part(bytes, 'word/commentsExtended.xml');
    expect(extended).toContain('w15:paraIdParent');
    const xml = await part(bytes, 'word/document.xml');
    // The comment on 1.1 spans exactly the quoted text.
    const range = /<w:commentRangeStart w:id="0"\/>(.*?)<w:commentRangeEnd w:id="0"\/>/s.exec(xml)?.[1] ?? '';
    expect(range.replace(/<[^>]+>/g, '')).toBe('Law No. 63/2016 on Public Health Care');
    // The unanchored thread sits on its indicator's heading.
    const heading = /<w:commentRangeStart w:id="2"\/>(.*?)<w:commentRangeEnd w:id="2"\/>/s.exec(xml)?.[1] ?? '';
    expect(heading.replace(/<[^>]+>/g, '')).toMatch(/^2\.1 /);
  });

  it('replaces characters XML may not hold, so Word can open the file', async () => {
    const typed = withStoredBody(
      thread('t-ctrl', '1.1', '2026-11-27T10:00:00.000Z', 'x'),
      'bad\u0001char\uD800 end \u{1F600}',
    );
    const { profile, placed } = readProfileDocument(demoDraftDoc(), demoMetadata, [typed]);
    const bytes = await profileDocx(
      { ...profile, title: 'Title\u0008' },
      { generatedAt, annotations: annotationsOf([typed], placed) },
    );
    const comments = await part(bytes, 'word/comments.xml');
    expect(comments).toContain('bad\uFFFDchar\uFFFD end \u{1F600}');
    for (const name of ['word/comments.xml', 'word/document.xml', 'docProps/core.xml']) {
      const controls = [...(await part(bytes, name))].filter((c) => c < ' ' && !'\t\n\r'.includes(c));
      expect(controls, name).toEqual([]);
    }
  });

  it('annotated: an accepted proposal not yet applied is a tracked deletion and insertion by the facilitator, dated', async () => {
    const { profile, annotations } = annotated();
    const xml = await part(await profileDocx(profile, { generatedAt, annotations }), 'word/document.xml');
    const del = /<w:del [^>]*w:author="Fatou"[^>]*w:date="2026-11-28T08:30:00(?:\.000)?Z"[^>]*>(.*?)<\/w:del>/s.exec(
      xml,
    );
    expect(del?.[1]).toContain('<w:delText');
    expect(del?.[1]?.replace(/<[^>]+>/g, '')).toBe('Law No.');
    const ins = /<w:ins [^>]*w:author="Fatou"[^>]*>(.*?)<\/w:ins>/s.exec(xml);
    expect(ins?.[1]?.replace(/<[^>]+>/g, '')).toBe('Law No. 12/2020 on Education');
    // mammoth reads insertions as text and drops deletions: the proposed wording is in, the old number out.
    const read = await text(await profileDocx(profile, { generatedAt, annotations }));
    expect(read).toContain('Law No. 12/2020 on Education');
  });
});

describe('profileDocx in the consultation’s language', () => {
  it('writes headings, labels, vocabulary, source kinds, the title page and the footer in Azerbaijani, in Arial', async () => {
    const { profile } = readProfileDocument(demoDraftDoc(), demoMetadata);
    const bytes = await profileDocx(profile, { generatedAt, language: 'az', timeZone: 'Asia/Baku' });
    const read = await text(bytes);
    for (const words of [
      'Mündəricat',
      'Xülasə',
      'Sahə 1: ',
      'Sual: ',
      'Cavab: Qismən',
      'İxrac tarixi: 30 noyabr 2026',
    ]) {
      expect(read).toContain(words);
    }
    expect(read).toMatch(/^Qanun \(\d{4}\): /m);
    expect(read).not.toMatch(/\b(Summary|Contents|Question:|Answer:|Partially|Exported)\b/);
    const zip = await JSZip.loadAsync(bytes);
    const footerParts = zip.file(/^word\/footer\d+\.xml$/).map((f) => f.async('string'));
    const footers = (await Promise.all(footerParts)).join('');
    expect(footers).toContain('Səhifə ');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    const styles = await part(bytes, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Arial"');
    expect(styles).not.toContain('Calibri');
  }, 30_000);
});
