import { describe, expect, it } from 'vitest';
import { anchorFor } from '../test/anchorFor.ts';
import { demoDraftDoc, demoMetadata } from '../test/demoProfile.ts';
import { author, thread } from '../test/threadFixtures.ts';
import { annotationsOf } from './ProfileAnnotations.ts';
import { profileHtml } from './profileHtml.ts';
import { readProfileDocument } from './readProfileDocument.ts';

const generatedAt = '2026-11-30T09:00:00.000Z';

describe('profileHtml', () => {
  it('is a print-ready page: numbered pages by @page counters, a linked table of contents, the profile in order', () => {
    const { profile } = readProfileDocument(demoDraftDoc(), demoMetadata);
    const html = profileHtml(profile, { generatedAt });
    expect(html).toContain('counter(page)');
    expect(html).toContain('counter(pages)');
    expect(html).toContain('<a href="#domain-1">Domain 1: Migrants&#39; rights</a>');
    expect(html).toContain('<a href="#indicator-1.1">1.1 Healthcare regardless of migration status</a>');
    const order = ['id="summary"', 'id="context"', 'id="domain-1"', 'id="indicator-1.1"', 'id="domain-6"'];
    const positions = order.map((s) => html.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('<p class="field"><b>Answer:</b> Partially</p>');
    expect(html).not.toContain('<script');
  });

  it('annotated: highlights quoted text, lists open threads with replies, shows pending changes as del and ins; escapes all', () => {
    const doc = demoDraftDoc();
    const open = {
      ...thread('t-open', '1.1', '2026-11-27T10:00:00.000Z', '<img src=x onerror=alert(1)> Réponse', {
        by: author('Leyla Məmmədova', 'Dövlət Miqrasiya Xidməti'),
        reply: { body: 'Согласен', by: author('Борис'), at: '2026-11-27T10:05:00.000Z' },
      }),
      anchor: anchorFor(doc, '1.1', 'Law No. 63/2016'),
    };
    const accepted = {
      ...thread('t-acc', '1.2', '2026-11-27T09:00:00.000Z', 'x', {
        proposedText: 'Law No. 12/2020',
        resolve: { outcome: 'accepted-with-changes', response: 'ok', at: '2026-11-28T08:30:00.000Z' },
      }),
      anchor: anchorFor(doc, '1.2', 'Law No.'),
    };
    const { profile, placed } = readProfileDocument(doc, demoMetadata, [open, accepted]);
    const html = profileHtml(profile, {
      generatedAt,
      timeZone: 'Asia/Baku',
      annotations: annotationsOf([open, accepted], placed),
    });
    expect(html).toContain('Leyla Məmmədova (Dövlət Miqrasiya Xidməti), 27 Nov 2026, 14:00 (Asia/Baku)');
    expect(html).toContain('<mark id="quote-t-open">Law No. 63/2016<sup><a href="#thread-t-open">[1]</a></sup></mark>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; Réponse');
    expect(html).not.toContain('<img');
    expect(html).toContain('Leyla Məmmədova (Dövlət Miqrasiya Xidməti)');
    expect(html).toContain('Согласен');
    expect(html).toMatch(
      /<del title="Fatou, 28 Nov 2026, 12:30">Law No.<\/del><ins title="Fatou, [^"]+">Law No. 12\/2020<\/ins>/,
    );
  });

  it('speaks the consultation’s language: lang, headings, labels, vocabulary, page counter, dates and plurals', () => {
    const doc = demoDraftDoc();
    const open = {
      ...thread('t-ru', '1.1', '2026-11-27T10:00:00.000Z', 'Уточните', { by: author('Юлия Ёлкина') }),
      anchor: anchorFor(doc, '1.1', 'Law No. 63/2016'),
    };
    const { profile, placed } = readProfileDocument(doc, demoMetadata, [open]);
    const az = profileHtml(profile, { generatedAt, timeZone: 'Asia/Baku', language: 'az' });
    expect(az).toContain('<html lang="az">');
    expect(az).toContain('<a href="#domain-1">Sahə 1: Migrants&#39; rights</a>');
    expect(az).toContain('<h1 id="summary">Xülasə</h1>');
    expect(az).toContain('<p class="field"><b>Cavab:</b> Qismən</p>');
    expect(az).toContain('content: "Səhifə " counter(page) " / " counter(pages);');
    expect(az).toContain('İxrac tarixi: 30 noyabr 2026');
    expect(az).not.toMatch(/>(Summary|Contents|Answer:|Partially|Exported)/);
    const ru = profileHtml(profile, {
      generatedAt,
      timeZone: 'Asia/Baku',
      language: 'ru',
      annotations: annotationsOf([open], placed),
    });
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('<b>[1] Фактическое исправление</b>');
    expect(ru).toContain('27 нояб. 2026 г., 14:00 (Asia/Baku)');
    expect(ru).toContain('Включено: 1 открытое обсуждение и 0 принятых, но ещё не внесённых изменений.');
    expect(ru).toContain('content: "Страница " counter(page) " из " counter(pages);');
  });
});
