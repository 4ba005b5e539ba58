import { createTranslator, type Language } from '@roundtable/i18n';
import { describe, expect, it } from 'vitest';
import { describeDecision } from './describeDecision.ts';
import type { MeetingOutline } from './MeetingOutline.ts';
import type { DecisionRecord } from './MeetingState.ts';
import { fatou } from './testPeople.ts';

const outline: MeetingOutline = {
  sections: [{ anchor: 'summary', label: 'Summary' }],
  domains: [
    {
      code: 2,
      title: 'Whole-of-government approach',
      indicators: [{ id: '2.4', title: 'Labour migration policy', status: 'agreed' }],
    },
  ],
};
const base = { id: 'd1', at: '2026-11-27T09:00:00.000Z', by: fatou };
const thread = { indicatorId: '2.4', threadId: 't1', threadType: 'missing-source' } as const;
const inLanguage = (decision: DecisionRecord, language: Language) =>
  describeDecision(decision, outline, createTranslator(language), language);
const say = (decision: DecisionRecord) => inLanguage(decision, 'en');

describe('describeDecision', () => {
  it('says what each kind of decision did, naming targets as the draft names them', () => {
    expect(say({ ...base, kind: 'status', indicatorId: '2.4', from: 'not-discussed', to: 'agreed-with-changes' })).toBe(
      '2.4 Labour migration policy: Not discussed → Agreed with changes',
    );
    expect(
      say({
        ...base,
        kind: 'thread-resolved',
        ...thread,
        outcome: 'not-accepted',
        response: 'No.',
        appliedProposal: false,
      }),
    ).toBe('2.4 Labour migration policy: missing source thread resolved, not accepted');
    expect(
      say({ ...base, kind: 'thread-resolved', ...thread, outcome: 'accepted', response: '', appliedProposal: true }),
    ).toBe('2.4 Labour migration policy: missing source thread resolved, accepted, proposed wording applied');
    expect(say({ ...base, kind: 'thread-reopened', ...thread })).toBe(
      '2.4 Labour migration policy: missing source thread reopened',
    );
    expect(say({ ...base, kind: 'lock', target: { kind: 'domain', domain: 2 } })).toBe(
      'Locked Domain 2: Whole-of-government approach',
    );
    expect(say({ ...base, kind: 'unlock', target: { kind: 'indicator', indicatorId: '2.4' } })).toBe(
      'Unlocked 2.4 Labour migration policy',
    );
    expect(say({ ...base, kind: 'spotlight', target: { kind: 'section', section: 'summary' } })).toBe(
      'On the table: Summary',
    );
    expect(say({ ...base, kind: 'spotlight', target: null })).toBe('Nothing on the table');
  });

  it('names by id what the draft no longer has', () => {
    expect(say({ ...base, kind: 'status', indicatorId: '9.9', from: 'agreed', to: 'contested' })).toBe(
      'indicator 9.9: Agreed → Contested',
    );
    expect(say({ ...base, kind: 'lock', target: { kind: 'domain', domain: 5 } })).toBe('Locked domain 5');
    expect(say({ ...base, kind: 'spotlight', target: { kind: 'section', section: 'context' } })).toBe(
      'On the table: section context',
    );
  });

  it('speaks Russian and Azerbaijani, with the vocabulary of each', () => {
    const resolved = {
      ...base,
      kind: 'thread-resolved',
      ...thread,
      outcome: 'accepted-with-changes',
      response: '',
      appliedProposal: true,
    } as const;
    expect(inLanguage(resolved, 'ru')).toBe(
      '2.4 Labour migration policy: комментарий «недостающий источник» решён, итог: принято с изменениями, предложенная формулировка внесена',
    );
    expect(inLanguage(resolved, 'az')).toBe(
      '2.4 Labour migration policy: «çatışmayan mənbə» şərhi həll edilib, nəticə: dəyişikliklərlə qəbul edildi, təklif olunan mətn tətbiq edilib',
    );
    const status = { ...base, kind: 'status', indicatorId: '2.4', from: 'not-discussed', to: 'contested' } as const;
    expect(inLanguage(status, 'ru')).toBe('2.4 Labour migration policy: Не обсуждался → Оспаривается');
    expect(inLanguage(status, 'az')).toBe('2.4 Labour migration policy: Müzakirə edilməyib → Mübahisəlidir');
    const lock = { ...base, kind: 'lock', target: { kind: 'domain', domain: 2 } } as const;
    expect(inLanguage(lock, 'ru')).toBe('Заблокировано: Область 2: Whole-of-government approach');
    expect(inLanguage({ ...lock, target: { kind: 'domain', domain: 5 } }, 'az')).toBe('Kilidləndi: sahə 5');
    expect(inLanguage({ ...base, kind: 'spotlight', target: null }, 'ru')).toBe('Ничего не вынесено на обсуждение');
  });
});
