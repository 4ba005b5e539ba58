import { describe, expect, it } from 'vitest';
import { demoConsultation } from './demo/demoConsultation.ts';
import { DOMAINS } from './domains.ts';
import { ANSWERS, FINDING_KINDS, INDICATOR_STATUSES, ORGANISATION_KINDS } from './vocabulary.ts';

const SOURCE_KINDS = ['law', 'decree', 'strategy', 'report', 'agreement', 'website', 'other'];

/**
 * Rough sentence count: sentence-ending punctuation followed by whitespace and a
 * capital letter (or a quote/parenthesis), or by the end of the text. This
 * skips abbreviations such as "No. 87/2019" and decimals such as "3.9".
 */
function countSentences(text: string): number {
  return text.match(/[.!?](?=\s+["'(A-Z]|\s*$)/g)?.length ?? 0;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

const { indicators, organisations } = demoConsultation;

describe('demo consultation', () => {
  it('describes the fictional Republic of Veloria', () => {
    expect(demoConsultation.id).toBe('demo');
    expect(demoConsultation.country).toBe('Republic of Veloria');
    expect(demoConsultation.level).toBe('national');
    expect(demoConsultation.round).toBe(2);
    expect(demoConsultation.year).toBe(2026);
    expect(demoConsultation.status).toBe('in-consultation');
    expect(demoConsultation.languages).toEqual(['en', 'fr']);
    expect(demoConsultation.summary).toMatch(/fictional/i);
    expect(countSentences(demoConsultation.summary)).toBeGreaterThanOrEqual(3);
    expect(countSentences(demoConsultation.summary)).toBeLessThanOrEqual(5);
    expect(countSentences(demoConsultation.context)).toBeGreaterThanOrEqual(4);
    expect(countSentences(demoConsultation.context)).toBeLessThanOrEqual(6);
  });
});

describe('demo organisations', () => {
  it('has 12 to 16 organisations with unique slug ids', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(12);
    expect(organisations.length).toBeLessThanOrEqual(16);
    const ids = organisations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses known organisation kinds and mixes them', () => {
    for (const o of organisations) {
      expect(ORGANISATION_KINDS).toContain(o.kind);
      expect(o.name.trim()).not.toBe('');
    }
    const kinds = new Set(organisations.map((o) => o.kind));
    expect(kinds.size).toBe(ORGANISATION_KINDS.length);
  });
});

describe('demo indicators', () => {
  it('covers all six domains with at least 12 indicators each', () => {
    for (const domain of DOMAINS) {
      const count = indicators.filter((i) => i.domain === domain.code).length;
      expect(count, `domain ${domain.code}`).toBeGreaterThanOrEqual(12);
    }
    expect(new Set(indicators.map((i) => i.domain)).size).toBe(6);
  });

  it('has unique ids of the form <domain>.<n>, numbered 1..n within each domain', () => {
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of indicators) {
      expect(i.id).toMatch(/^[1-6]\.[1-9][0-9]*$/);
      expect(i.id.split('.')[0]).toBe(String(i.domain));
    }
    for (const domain of DOMAINS) {
      const numbers = indicators.filter((i) => i.domain === domain.code).map((i) => Number(i.id.split('.')[1]));
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it("assigns each indicator to one of its domain's sub-areas", () => {
    for (const i of indicators) {
      const domain = DOMAINS.find((d) => d.code === i.domain);
      expect(domain, i.id).toBeDefined();
      expect(domain?.subAreas, i.id).toContain(i.subArea);
    }
  });

  it('uses values from the closed vocabularies', () => {
    for (const i of indicators) {
      expect(ANSWERS, i.id).toContain(i.answer);
      expect(FINDING_KINDS, i.id).toContain(i.kind);
      expect(INDICATOR_STATUSES, i.id).toContain(i.status);
    }
  });

  it('keeps the finding kind consistent with the answer', () => {
    for (const i of indicators) {
      if (i.answer === 'yes') expect(i.kind, i.id).toBe('well-developed');
      if (i.answer === 'partial' || i.answer === 'no') expect(i.kind, i.id).toBe('potential-for-development');
    }
  });

  it('has short titles and one-sentence questions', () => {
    for (const i of indicators) {
      const words = wordCount(i.title);
      expect(words, `${i.id} title`).toBeGreaterThanOrEqual(3);
      expect(words, `${i.id} title`).toBeLessThanOrEqual(8);
      expect(i.question, i.id).toMatch(/\?$/);
      expect(countSentences(i.question), `${i.id} question`).toBe(1);
    }
  });

  it('has plain-text findings of 2 to 4 sentences', () => {
    for (const i of indicators) {
      const sentences = countSentences(i.finding);
      expect(sentences, `${i.id} finding`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${i.id} finding`).toBeLessThanOrEqual(4);
      expect(i.finding, i.id).not.toMatch(/\n/);
      expect(i.finding, i.id).not.toMatch(/[*#`_[\]]/);
      expect(i.finding, i.id).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('cites one to three well-formed sources per indicator', () => {
    for (const i of indicators) {
      expect(i.sources.length, i.id).toBeGreaterThanOrEqual(1);
      expect(i.sources.length, i.id).toBeLessThanOrEqual(3);
      for (const s of i.sources) {
        expect(s.title.trim(), i.id).not.toBe('');
        expect(SOURCE_KINDS, i.id).toContain(s.kind);
      }
    }
  });

  it('cites each numbered law under a single title and year', () => {
    const titles = new Map<string, string>();
    for (const s of indicators.flatMap((i) => i.sources)) {
      if (s.kind !== 'law') continue;
      const match = /Law No\. (\d+)\/(\d{4})/.exec(s.title);
      if (!match) continue;
      const [, number, year] = match;
      const key = `${number}/${year}`;
      expect(s.year, s.title).toBe(Number(year));
      const known = titles.get(key);
      if (known === undefined) titles.set(key, s.title);
      else expect(s.title).toBe(known);
    }
    expect(titles.size).toBeGreaterThan(10);
  });
});
