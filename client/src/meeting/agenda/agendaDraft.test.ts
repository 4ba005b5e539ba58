import { createTranslator } from '@roundtable/i18n';
import type { MeetingOutline } from '@roundtable/meeting';
import { describe, expect, it } from 'vitest';
import { addItem, agendaChoices, moveItem, totalMinutes } from './agendaDraft.ts';

const outline: MeetingOutline = {
  sections: [{ anchor: 'summary', label: 'Summary' }],
  domains: [
    { code: 2, title: 'Whole of government', indicators: [{ id: '2.1', title: 'Lead agency', status: 'agreed' }] },
  ],
};
const a = { target: { kind: 'indicator', indicatorId: '2.1' } as const, minutes: 5 };
const b = { target: { kind: 'domain', domain: 2 } as const, minutes: 20 };
const c = { target: { kind: 'section', section: 'summary' } as const, minutes: 10 };

describe('agenda editing', () => {
  it('offers sections, then each domain followed by its indicators', () => {
    expect(agendaChoices(outline, createTranslator('en')).map((x) => x.label)).toEqual([
      'Summary',
      'Domain 2: Whole of government',
      '2.1 Lead agency',
    ]);
    expect(agendaChoices(outline, createTranslator('ru'))[1]?.label).toBe('Область 2: Whole of government');
  });

  it('moves an item up and down, and leaves the order alone at either end', () => {
    expect(moveItem([a, b, c], 2, -1)).toEqual([a, c, b]);
    expect(moveItem([a, b, c], 0, 1)).toEqual([b, a, c]);
    expect(moveItem([a, b, c], 0, -1)).toEqual([a, b, c]);
    expect(moveItem([a, b, c], 2, 1)).toEqual([a, b, c]);
  });

  it('adds a target once only', () => {
    expect(addItem([a], b.target, 20)).toEqual([a, b]);
    expect(addItem([a, b], { kind: 'indicator', indicatorId: '2.1' }, 9)).toEqual([a, b]);
  });

  it('sums the time boxes', () => {
    expect(totalMinutes([a, b, c])).toBe(35);
  });
});
