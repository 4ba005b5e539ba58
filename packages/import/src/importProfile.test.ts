import { type Consultation, demoConsultation } from '@roundtable/profile';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportedDocx, exportedMarkdown } from '../test/exportedProfile.ts';
import { ImportError } from './ImportError.ts';
import { importProfile } from './importProfile.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** What an import must keep of each indicator: every field and the finding's paragraphs. */
function kept(profile: Pick<Consultation, 'indicators'>) {
  return profile.indicators.map((i) => ({
    id: i.id,
    domain: i.domain,
    title: i.title,
    question: i.question,
    answer: i.answer,
    kind: i.kind,
    sources: i.sources,
    finding: i.finding
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n'),
  }));
}

async function problemOf(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const TRICKY: Consultation = {
  ...demoConsultation,
  title: 'Profile #2: *Veloria* [draft]',
  indicators: [
    {
      ...(demoConsultation.indicators[0] as Consultation['indicators'][number]),
      finding: '1. Not a list: law No. 5 <2019> & decree_7.\n\n- not an item either\n\n**Answer:** inside a finding',
      sources: [
        { title: 'Law `No. 1` (amended)', kind: 'law', year: 2001 },
        { title: 'A website', kind: 'website' },
      ],
    },
  ],
};

describe('importProfile: Markdown', () => {
  it('reads back every indicator, field and finding of the demo profile as profile.md exports it', async () => {
    const { format, profile, warnings } = await importProfile(utf8(exportedMarkdown(demoConsultation)), 'demo.md');
    expect(format).toBe('markdown');
    expect(warnings).toEqual([]);
    expect(profile.title).toBe(demoConsultation.title);
    expect(profile.country).toBe(demoConsultation.country);
    expect(profile.year).toBe(demoConsultation.year);
    expect(kept(profile)).toEqual(kept(demoConsultation));
  });

  it('keeps text that looks like Markdown or like a field line as text', async () => {
    const { profile } = await importProfile(utf8(exportedMarkdown(TRICKY)), 'tricky.md');
    expect(profile.title).toBe(TRICKY.title);
    expect(kept(profile)).toEqual(kept(TRICKY));
  });

  it('reads a source kind as its wire value or label, and a source line without a kind as kind other', async () => {
    const text = [
      '# P',
      '## Domain 2: Gov',
      '### 2.1 Agency',
      '**Question:** Is there one?',
      '**Answer:** yes',
      '**Finding:**',
      'Text.',
      '**Sources:**',
      '- law (2019): Law One\n- Decree (2020): Decree Two\n- Website: A site\n- Old report (2018)\n- Note: no kind',
    ].join('\n\n');
    const { profile } = await importProfile(utf8(text), 'kinds.md');
    expect(profile.indicators[0]?.sources).toEqual([
      { kind: 'law', year: 2019, title: 'Law One' },
      { kind: 'decree', year: 2020, title: 'Decree Two' },
      { kind: 'website', title: 'A site' },
      { kind: 'other', year: 2018, title: 'Old report' },
      { kind: 'other', title: 'Note: no kind' },
    ]);
  });

  it('names the line of a heading that is not in the template and of a value outside the vocabulary', async () => {
    const text = [
      '# Profile',
      '',
      '## Domain 1: Rights',
      '',
      '### 1.1 Health',
      '',
      '**Question:** Is there?',
      '',
      '**Answer:** maybe',
      '',
      '## Annex A',
      '',
    ].join('\n');
    const error = await problemOf(importProfile(utf8(text), 'bad.md'));
    expect(error.code).toBe('not_understood');
    expect(error.problems).toEqual([
      { where: 'line 9', message: '"maybe" is not an answer: one of yes, partial, no, not-applicable' },
      {
        where: 'line 11',
        message:
          'the heading "Annex A" is not part of the template (expected Summary, Context, "Domain <n>: <name>" or "<id> <title>" such as "2.4 Migration strategy")',
      },
    ]);
  });

  it('refuses a file without indicators, an indicator without a question and a binary file', async () => {
    expect((await problemOf(importProfile(utf8('# Only a title\n\nSome text.\n'), 'a.md'))).message).toMatch(
      /^file: no indicators found/,
    );
    const noQuestion = '# P\n\n## Domain 2: Gov\n\n### 2.1 Agency\n\n**Answer:** yes\n';
    expect((await problemOf(importProfile(utf8(noQuestion), 'b.md'))).problems).toEqual([
      { where: 'line 5', message: 'indicator 2.1 has no "Question:" line' },
    ]);
    expect((await problemOf(importProfile(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff), 'c.md'))).code).toBe(
      'not_markdown',
    );
  });
});

describe('importProfile: Word', () => {
  it('reads back every indicator, field and finding of the demo profile as profile.docx exports it', async () => {
    const { format, profile, warnings } = await importProfile(await exportedDocx(demoConsultation), 'demo.docx');
    expect(format).toBe('docx');
    expect(warnings).toEqual([]);
    expect(profile.title).toBe(demoConsultation.title);
    expect(profile.country).toBe(demoConsultation.country);
    expect(kept(profile)).toEqual(kept(demoConsultation));
  });

  it('reports tracked changes and comments instead of dropping them silently', async () => {
    const zip = await JSZip.loadAsync(await exportedDocx(TRICKY));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // A paragraph with a tracked insertion and a tracked deletion, after the last paragraph of the finding.
    expect(xml).toContain('inside a finding</w:t>');
    const end = xml.indexOf('</w:p>', xml.indexOf('inside a finding</w:t>')) + '</w:p>'.length;
    const revision = (tag: string, text: string, id: number) =>
      `<w:${tag} w:id="${id}" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:${tag === 'del' ? 'delText' : 't'}>${text}</w:${tag === 'del' ? 'delText' : 't'}></w:r></w:${tag}>`;
    zip.file(
      'word/document.xml',
      `${xml.slice(0, end)}<w:p><w:r><w:t xml:space="preserve">Changed: </w:t></w:r>${revision('ins', 'added words', 1)}${revision('del', 'removed words', 2)}</w:p>${xml.slice(end)}`,
    );
    zip.file(
      'word/comments.xml',
      '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Check</w:t></w:r></w:p></w:comment></w:comments>',
    );
    const withComment = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const { warnings, profile } = await importProfile(withComment, 'changes.docx');
    expect(warnings).toEqual([
      'the Word file has tracked changes (1 insertion(s), 1 deletion(s), 0 move(s)): they were imported as if accepted (inserted text kept, deleted text left out); review them against the original',
      'the Word file has 1 comment(s): comments are not imported; add them as threads',
    ]);
    expect(profile.indicators.at(-1)?.finding).toContain('Changed: added words');
    expect(profile.indicators.at(-1)?.finding).not.toContain('removed words');
  });

  it('refuses a file that is not a Word document, one without indicators, and a zip bomb', async () => {
    expect((await problemOf(importProfile(utf8('# Title'), 'profile.docx'))).code).toBe('not_docx');
    const notWord = new JSZip();
    notWord.file('hello.txt', 'hi');
    expect(
      (await problemOf(importProfile(await notWord.generateAsync({ type: 'uint8array' }), 'x.docx'))).message,
    ).toBe('file: the archive has no word/document.xml: it is not a Word document');
    const empty = await exportedDocx({ ...demoConsultation, indicators: [] });
    expect((await problemOf(importProfile(empty, 'empty.docx'))).message).toMatch(/^file: no indicators found/);
    // 60 MB of zeros deflate to ~60 KB; the archive lies about nothing, the limit stops the inflation.
    const bomb = new JSZip();
    bomb.file('word/document.xml', new Uint8Array(60 * 1024 * 1024));
    const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bombBytes.length).toBeLessThan(1024 * 1024);
    const error = await problemOf(importProfile(bombBytes, 'bomb.docx'));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('file: the Word file unpacks to more than 40 MB');
  });
});

describe('importProfile: exports in every language', () => {
  it.each(['az', 'ru'] as const)(
    'reads back every indicator of the demo profile from the %s Markdown and Word exports',
    async (language) => {
      const markdown = exportedMarkdown(demoConsultation, language);
      expect(markdown).not.toContain('## Summary');
      const fromMarkdown = await importProfile(utf8(markdown), 'demo.md');
      expect(fromMarkdown.profile.country).toBe(demoConsultation.country);
      expect(fromMarkdown.profile.year).toBe(demoConsultation.year);
      expect(kept(fromMarkdown.profile)).toEqual(kept(demoConsultation));
      const fromWord = await importProfile(await exportedDocx(demoConsultation, language), 'demo.docx');
      expect(fromWord.warnings).toEqual([]);
      expect(fromWord.profile.country).toBe(demoConsultation.country);
      expect(kept(fromWord.profile)).toEqual(kept(demoConsultation));
    },
    30_000,
  );

  it('reads labels and vocabulary of any of the three languages, mixed, in any case', async () => {
    const markdown = [
      '# Miqrasiya profili',
      '**Ölkə:** Azərbaycan',
      '**IL:** 2026',
      '## Резюме',
      'Qısa xülasə.',
      '## Sahə 2: Bütün hökumət yanaşması',
      '### 2.1 Strategiya',
      '**Sual:** Strategiya varmı?',
      '**Ответ:** Qismən',
      '**Növ:** не указано',
      '**Вывод:**',
      'Mətn: Əli Şükürov, İsmayıllı.',
      '**Mənbələr:**',
      '- Qanun (2010): Miqrasiya Məcəlləsi\n- Указ: О миграции',
    ].join('\n\n');
    const { profile } = await importProfile(utf8(markdown), 'az.md');
    expect(profile).toMatchObject({ country: 'Azərbaycan', year: 2026, summary: 'Qısa xülasə.' });
    expect(profile.indicators).toEqual([
      expect.objectContaining({
        id: '2.1',
        domain: 2,
        question: 'Strategiya varmı?',
        answer: 'partial',
        kind: 'potential-for-development',
        finding: 'Mətn: Əli Şükürov, İsmayıllı.',
        sources: [
          { title: 'Miqrasiya Məcəlləsi', kind: 'law', year: 2010 },
          { title: 'О миграции', kind: 'decree' },
        ],
      }),
    ]);
  });
});
