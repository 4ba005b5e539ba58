import { describe, expect, it } from 'vitest';
import {
  agendaRequestSchema,
  indicatorStatusRequestSchema,
  raiseHandRequestSchema,
  spotlightRequestSchema,
  statementRequestSchema,
} from './meetingSchemas.ts';

describe('meeting request schemas', () => {
  it('read a target in any of its three forms, and exactly one', () => {
    expect(spotlightRequestSchema.parse({ indicatorId: ' 2.4 ' })).toEqual({ kind: 'indicator', indicatorId: '2.4' });
    expect(spotlightRequestSchema.parse({ domain: 2 })).toEqual({ kind: 'domain', domain: 2 });
    expect(spotlightRequestSchema.parse({ section: 'summary' })).toEqual({ kind: 'section', section: 'summary' });
    for (const bad of [
      {},
      { indicatorId: '2.4', domain: 2 },
      { domain: 0 },
      { domain: 2.5 },
      { section: '' },
      { kind: 'domain', domain: 2 },
    ]) {
      expect(spotlightRequestSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('raise a hand on what is on the table when no target is given', () => {
    expect(raiseHandRequestSchema.parse({})).toBeUndefined();
    expect(raiseHandRequestSchema.parse({ domain: 3 })).toEqual({ kind: 'domain', domain: 3 });
    expect(raiseHandRequestSchema.safeParse({ domain: 3, section: 'context' }).success).toBe(false);
  });

  it('plan agenda items with their time boxes', () => {
    expect(
      agendaRequestSchema.parse({
        items: [
          { domain: 1, minutes: 45 },
          { indicatorId: '2.4', minutes: 5 },
        ],
      }),
    ).toEqual({
      items: [
        { target: { kind: 'domain', domain: 1 }, minutes: 45 },
        { target: { kind: 'indicator', indicatorId: '2.4' }, minutes: 5 },
      ],
    });
    for (const minutes of [0, 481, 1.5]) {
      expect(agendaRequestSchema.safeParse({ items: [{ domain: 1, minutes }] }).success, String(minutes)).toBe(false);
    }
  });

  it('keep a statement on one line and refuse a long one', () => {
    expect(indicatorStatusRequestSchema.parse({ status: 'agreed', statement: ' Agreed,\n\twith changes. ' })).toEqual({
      status: 'agreed',
      statement: 'Agreed, with changes.',
    });
    expect(statementRequestSchema.parse({ statement: null })).toEqual({ statement: null });
    expect(statementRequestSchema.safeParse({ statement: 'x'.repeat(301) }).success).toBe(false);
    expect(indicatorStatusRequestSchema.safeParse({ status: 'agreed', by: 'someone' }).success).toBe(false);
  });
});

describe('what a target request that names the wrong number of targets is told', () => {
  const messages = (result: { error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it('asks for exactly one target on the table, and at most one for a raised hand', () => {
    expect(messages(spotlightRequestSchema.safeParse({ indicatorId: '1.1', domain: 1 }))).toEqual([
      'give one of indicatorId, domain or section',
    ]);
    expect(messages(raiseHandRequestSchema.safeParse({ domain: 1, section: 'summary' }))).toEqual([
      'give at most one of indicatorId, domain or section',
    ]);
  });
});
