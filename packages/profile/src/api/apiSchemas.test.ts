import { describe, expect, it } from 'vitest';
import { demoConsultation } from '../demo/demoConsultation.ts';
import { actionsOf } from '../permissions.ts';
import type { Author } from '../threads/Thread.ts';
import { threadSchema } from '../threads/Thread.ts';
import { threadFilterSchema } from '../threads/threadFilters.ts';
import { openThread, replyToThread, resolveThread } from '../threads/threadRules.ts';
import { apiErrorSchema } from './apiErrorSchema.ts';
import {
  consultationSettingsRequestSchema,
  consultationSummarySchema,
  newConsultationRequestSchema,
} from './consultationSchemas.ts';
import { createdInvitationSchema, newInvitationRequestSchema } from './invitationSchemas.ts';
import { meSchema, renameRequestSchema } from './meSchemas.ts';
import {
  commentRequestSchema,
  newThreadRequestSchema,
  resolveRequestSchema,
  threadListSchema,
} from './threadSchemas.ts';

const amina: Author = {
  personId: 'inv_amina',
  name: 'Amina Diallo',
  organisation: 'Ministry of Interior',
  organisationId: 'min-interior',
  role: 'participant',
};
const fatou: Author = { ...amina, personId: 'inv_fatou', name: 'Fatou', role: 'facilitator' };
const summary = {
  id: 'demo',
  title: demoConsultation.title,
  country: demoConsultation.country,
  level: demoConsultation.level,
  round: demoConsultation.round,
  year: demoConsultation.year,
  status: demoConsultation.status,
  languages: demoConsultation.languages,
  organisations: demoConsultation.organisations,
  createdAt: '2026-11-27T10:00:00.000Z',
  timeZone: 'Asia/Baku',
  language: 'az',
  rooms: { draft: 'demo:draft' },
  lifecycle: [],
};

describe('response schemas', () => {
  it('read a thread made by the rules back exactly, resolution, replies and anchor included', () => {
    const opened = openThread(
      {
        id: 't1',
        commentId: 'c1',
        consultationId: 'demo',
        indicatorId: '2.4',
        type: 'factual-correction',
        body: 'Amended in 2025.',
        proposedText: 'Law No. 87/2019, as amended in 2025',
        anchor: { start: 'AAAA', end: 'AAAB', quote: 'Law No. 87/2019' },
      },
      amina,
      '2026-11-27T10:00:00.000Z',
    );
    const thread = resolveThread(
      replyToThread(opened, 'c2', 'Which article?', fatou, '2026-11-27T10:01:00.000Z'),
      { outcome: 'accepted', response: 'Applied.', appliedProposal: true },
      fatou,
      '2026-11-27T10:02:00.000Z',
    );
    const wire = JSON.parse(JSON.stringify({ threads: [thread] }));
    expect(threadListSchema.parse(wire)).toEqual({ threads: [thread] });
  });

  it('refuse a thread without its author, or with a status outside the vocabulary', () => {
    const thread = openThread(
      { id: 't', commentId: 'c', consultationId: 'demo', indicatorId: '1.1', type: 'question', body: 'Why?' },
      amina,
      '2026-11-27T10:00:00.000Z',
    );
    const { author: _author, ...anonymous } = thread;
    expect(threadSchema.safeParse(anonymous).success).toBe(false);
    expect(threadSchema.safeParse({ ...thread, status: 'archived' }).success).toBe(false);
  });

  it('read the member and the operator of GET /api/me, and nothing else', () => {
    const member = {
      kind: 'member',
      id: 'inv_amina',
      name: 'Amina Diallo',
      organisation: { id: 'min-interior', name: 'Ministry of Interior' },
      role: 'participant',
      expiresAt: '2027-01-01T00:00:00.000Z',
      actions: actionsOf('participant'),
      consultation: summary,
    };
    expect(meSchema.parse(member)).toEqual(member);
    expect(meSchema.parse({ kind: 'admin' })).toEqual({ kind: 'admin' });
    expect(meSchema.safeParse({ ...member, actions: ['read', 'rule'] }).success).toBe(false);
    expect(meSchema.safeParse({ ...member, consultation: { id: 'demo', title: 'Draft' } }).success).toBe(false);
    expect(meSchema.safeParse({ error: { code: 'unauthorized', message: 'no' } }).success).toBe(false);
  });

  it('read a consultation summary and a created invitation, dropping fields they do not know', () => {
    expect(consultationSummarySchema.parse({ ...summary, seed: 'demo' })).toEqual(summary);
    const created = {
      id: 'inv_1',
      name: 'Boris',
      organisation: { id: null, name: 'Veloria Bar Association' },
      role: 'commenter',
      status: 'active',
      createdAt: '2026-11-27T10:00:00.000Z',
      expiresAt: '2026-12-11T10:00:00.000Z',
      revokedAt: null,
      invitedBy: null,
      connected: false,
      connections: 0,
      token: 'a.b.c',
      url: 'http://localhost:8787/join#token=a.b.c',
    };
    expect(createdInvitationSchema.parse(created)).toEqual(created);
    expect(createdInvitationSchema.safeParse({ ...created, connections: -1 }).success).toBe(false);
  });

  it('read the one error shape', () => {
    expect(apiErrorSchema.parse({ error: { code: 'conflict', message: 'already resolved' } }).error.code).toBe(
      'conflict',
    );
    expect(apiErrorSchema.safeParse({ error: 'conflict' }).success).toBe(false);
  });
});

describe('request schemas', () => {
  it('refuse any key they do not name: an author cannot be claimed in the body', () => {
    const body = { indicatorId: '2.4', type: 'update', body: 'x' };
    expect(newThreadRequestSchema.safeParse(body).success).toBe(true);
    expect(newThreadRequestSchema.safeParse({ ...body, author: { name: 'The Minister' } }).success).toBe(false);
    expect(resolveRequestSchema.safeParse({ outcome: 'noted', response: '', by: 'x' }).success).toBe(false);
  });

  it('refuse empty text, unknown vocabulary and anchors that are not base64', () => {
    const body = { indicatorId: '2.4', type: 'update', body: 'x' };
    expect(newThreadRequestSchema.safeParse({ ...body, body: '   ' }).success).toBe(false);
    expect(newThreadRequestSchema.safeParse({ ...body, type: 'rant' }).success).toBe(false);
    const anchor = { start: 'AAEC', end: 'AAED', quote: 'q' };
    expect(newThreadRequestSchema.safeParse({ ...body, anchor }).success).toBe(true);
    expect(newThreadRequestSchema.safeParse({ ...body, anchor: { ...anchor, start: 'not base64!' } }).success).toBe(
      false,
    );
  });

  it('refuse control characters in a remark, a proposal, a reply and a response, before trimming', () => {
    const body = { indicatorId: '2.4', type: 'update', body: 'x' };
    const message = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(message(newThreadRequestSchema.safeParse({ ...body, body: 'a\u0007b' }))).toEqual([
      'body: the text contains a control character (U+0007) at character 2: only line breaks and tabs are allowed',
    ]);
    expect(newThreadRequestSchema.safeParse({ ...body, proposedText: 'x\u007f' }).success).toBe(false);
    expect(newThreadRequestSchema.safeParse({ ...body, body: 'text\r\n' }).success).toBe(false);
    expect(commentRequestSchema.safeParse({ body: '\u0000' }).success).toBe(false);
    expect(resolveRequestSchema.safeParse({ outcome: 'noted', response: 'ok\u001b' }).success).toBe(false);
    expect(newThreadRequestSchema.parse({ ...body, body: ' one\n\ttwo 😀 ' }).body).toBe('one\n\ttwo 😀');
  });

  it('tidy names: a person’s and an organisation’s whitespace made single spaces', () => {
    expect(renameRequestSchema.parse({ name: '  Amina \n Diallo ' })).toEqual({ name: 'Amina Diallo' });
    const invitation = newInvitationRequestSchema.parse({
      name: 'Boris',
      organisation: '  Veloria   Bar Association ',
      role: 'commenter',
    });
    expect(invitation.organisation).toBe('Veloria Bar Association');
    expect(
      newInvitationRequestSchema.safeParse({ name: 'B', organisation: { name: ' ' }, role: 'observer' }).success,
    ).toBe(false);
    expect(
      newInvitationRequestSchema.safeParse({ name: 'B', organisation: 'x', role: 'observer', expiresInHours: 9e9 })
        .success,
    ).toBe(false);
  });

  it('need a title and a country for an empty draft, and unique organisation ids', () => {
    expect(newConsultationRequestSchema.parse({}).seed).toBe('demo');
    expect(newConsultationRequestSchema.safeParse({ seed: 'empty' }).success).toBe(false);
    const organisation = { id: 'min-a', name: 'A', kind: 'ministry' };
    expect(newConsultationRequestSchema.safeParse({ organisations: [organisation, organisation] }).success).toBe(false);
  });

  it('name each problem of a new consultation where it is, with a message', () => {
    const issues = (body: unknown) =>
      newConsultationRequestSchema.safeParse(body).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ seed: 'empty' })).toEqual([
      'title: required for an empty draft',
      'country: required for an empty draft',
    ]);
    expect(issues({ seed: 'empty', title: 'T' })).toEqual(['country: required for an empty draft']);
    expect(issues({ seed: 'empty', country: 'C' })).toEqual(['title: required for an empty draft']);
    expect(issues({ seed: 'empty', title: 'T', country: 'C' })).toEqual([]);
    const a = { id: 'min-a', name: 'A', kind: 'ministry' };
    const b = { id: 'min-b', name: 'B', kind: 'ministry' };
    expect(issues({ organisations: [a, b, { ...a, name: 'A again' }] })).toEqual(['organisations: ids must be unique']);
    expect(issues({ organisations: [a, b] })).toEqual([]);
  });

  it('read a thread query, the domain from text', () => {
    expect(threadFilterSchema.parse({ domain: '2', status: 'open' })).toEqual({ domain: 2, status: 'open' });
    expect(threadFilterSchema.safeParse({ domain: '7' }).success).toBe(false);
    expect(threadFilterSchema.safeParse({ author: 'me' }).success).toBe(false);
  });
});

describe('consultation time zone', () => {
  it('reads a summary from before time zones as UTC, and refuses an unknown zone at creation', () => {
    const { timeZone: _tz, ...older } = { ...summary, timeZone: 'x' };
    expect(consultationSummarySchema.parse(older).timeZone).toBe('UTC');
    expect(newConsultationRequestSchema.safeParse({ timeZone: 'Asia/Baku' }).success).toBe(true);
    expect(newConsultationRequestSchema.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
  });
});

describe('consultation language', () => {
  it('reads a summary from before languages as English, and keeps the one it names', () => {
    const { language: _language, ...older } = summary;
    expect(consultationSummarySchema.parse(older).language).toBe('en');
    expect(consultationSummarySchema.parse(summary).language).toBe('az');
  });

  it('takes en, az or ru at creation and in settings, and nothing else', () => {
    expect(newConsultationRequestSchema.safeParse({ language: 'ru' }).success).toBe(true);
    expect(newConsultationRequestSchema.safeParse({ language: 'fr' }).success).toBe(false);
    expect(consultationSettingsRequestSchema.parse({ language: 'az' })).toEqual({ language: 'az' });
    for (const bad of [{ language: 'AZ' }, { language: 'az-Latn' }, { language: 1 }, {}, { timeZone: 'UTC' }]) {
      expect(consultationSettingsRequestSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
