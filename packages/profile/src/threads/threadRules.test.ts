import { describe, expect, it } from 'vitest';
import { OUTCOMES, type Role } from '../vocabulary.ts';
import type { Author } from './Thread.ts';
import { ThreadRuleError } from './ThreadRuleError.ts';
import { filterThreads } from './threadFilters.ts';
import {
  clipQuote,
  deleteComment,
  editComment,
  MAX_BODY_LENGTH,
  MAX_QUOTE_LENGTH,
  openThread,
  reopenThread,
  replyToThread,
  requiresResponse,
  resolveThread,
} from './threadRules.ts';

const person = (personId: string, role: Role, organisation = 'Ministry of Labour'): Author => ({
  personId,
  name: personId,
  organisation,
  organisationId: organisation.toLowerCase().replace(/\W+/g, '-'),
  role,
});
const amina = person('amina', 'participant');
const boris = person('boris', 'commenter', 'Migrant Rights Network');
const facilitator = person('fatou', 'facilitator', 'IOM Veloria Office');
const observer = person('olga', 'observer');
const T0 = '2026-11-27T10:00:00.000Z';
const T1 = '2026-11-27T10:05:00.000Z';

const open = (actor: Author = amina, extra: { proposedText?: string } = {}) =>
  openThread(
    {
      id: 't1',
      commentId: 'c1',
      consultationId: 'demo',
      indicatorId: '2.4',
      type: 'factual-correction',
      body: ' The law was amended in 2025. ',
      ...extra,
    },
    actor,
    T0,
  );

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ThreadRuleError ? error.code : 'not a ThreadRuleError';
  }
  return undefined;
}

describe('opening a thread', () => {
  it('attributes it to the person and organisation, with the opening remark as first comment', () => {
    const thread = open();
    expect(thread.status).toBe('open');
    expect(thread.author).toEqual(amina);
    expect(thread.comments).toEqual([
      { id: 'c1', author: amina, body: 'The law was amended in 2025.', createdAt: T0, history: [] },
    ]);
    expect(thread.events).toEqual([{ kind: 'opened', by: amina, at: T0 }]);
  });

  it('lets commenters open threads but not observers', () => {
    expect(open(boris).author.organisation).toBe('Migrant Rights Network');
    expect(codeOf(() => open(observer))).toBe('forbidden');
  });

  it('refuses an empty remark or empty proposed wording', () => {
    expect(
      codeOf(() =>
        openThread(
          { id: 't', commentId: 'c', consultationId: 'd', indicatorId: '1.1', type: 'editorial', body: '   ' },
          amina,
          T0,
        ),
      ),
    ).toBe('invalid');
    expect(codeOf(() => open(amina, { proposedText: ' ' }))).toBe('invalid');
  });
});

describe('control characters', () => {
  /** The rule's message for `fn`, or what went wrong instead. */
  function messageOf(fn: () => unknown): string {
    try {
      fn();
    } catch (error) {
      return error instanceof ThreadRuleError ? `${error.code}: ${error.message}` : 'not a ThreadRuleError';
    }
    return 'accepted';
  }

  it('refuses a control character in a remark, a proposal, a reply, an edit or a response, naming it and where', () => {
    const bell = 'Amended\u0007 in 2025';
    expect(messageOf(() => open(amina, { proposedText: bell }))).toBe(
      'invalid: the proposed wording contains a control character (U+0007) at character 8: only line breaks and tabs are allowed',
    );
    expect(messageOf(() => replyToThread(open(), 'c2', 'ok\u0000', boris, T1))).toMatch(
      /^invalid: the reply .*U\+0000/,
    );
    expect(messageOf(() => editComment(open(), 'c1', 'x\u001b[31m', amina, T1))).toMatch(
      /^invalid: the comment .*U\+001B/,
    );
    expect(
      messageOf(() => resolveThread(open(), { outcome: 'noted', response: 'see\u0085' }, facilitator, T1)),
    ).toMatch(/^invalid: the response .*U\+0085/);
  });

  it('refuses one at the edge of the text too, where trimming would have hidden it', () => {
    for (const body of ['\r\nText', 'Text\u000b', '\u000cText', '\ud800Text']) {
      expect(messageOf(() => replyToThread(open(), 'c2', body, boris, T1))).toMatch(/^invalid: /);
    }
  });

  it('keeps line breaks, tabs and any other text, emoji and accents included', () => {
    const thread = replyToThread(open(), 'c2', 'Line one\n\tLine two: café 😀', boris, T1);
    expect(thread.comments.at(-1)?.body).toBe('Line one\n\tLine two: café 😀');
  });
});

describe('replies and edits', () => {
  it('keeps the history of an edited comment', () => {
    const edited = editComment(open(), 'c1', 'The law was amended in March 2025.', amina, T1);
    const [first] = edited.comments;
    expect(first?.body).toBe('The law was amended in March 2025.');
    expect(first?.editedAt).toBe(T1);
    expect(first?.history).toEqual([{ body: 'The law was amended in 2025.', replacedAt: T1 }]);
  });

  it("refuses anyone changing or deleting another person's comment, facilitators included", () => {
    const thread = open();
    expect(codeOf(() => editComment(thread, 'c1', 'hijacked', boris, T1))).toBe('forbidden');
    expect(codeOf(() => editComment(thread, 'c1', 'hijacked', facilitator, T1))).toBe('forbidden');
    expect(codeOf(() => deleteComment(thread, 'c1', facilitator, T1))).toBe('forbidden');
  });

  it('leaves a visible trace when a comment is deleted, and refuses editing it afterwards', () => {
    const thread = deleteComment(replyToThread(open(), 'c2', 'I agree.', boris, T1), 'c2', boris, T1);
    expect(thread.comments[1]).toMatchObject({ id: 'c2', body: '', deletedAt: T1, author: boris });
    expect(codeOf(() => editComment(thread, 'c2', 'again', boris, T1))).toBe('conflict');
  });

  it('refuses editing a comment of a resolved thread until a facilitator reopens it; deleting stays possible', () => {
    const resolved = resolveThread(open(), { outcome: 'accepted-with-changes', response: 'Amended.' }, facilitator, T1);
    expect(codeOf(() => editComment(resolved, 'c1', 'Actually, ignore this.', amina, T1))).toBe('conflict');
    expect(() => editComment(resolved, 'c1', 'Actually, ignore this.', amina, T1)).toThrow(/the thread is resolved/);
    const reopened = reopenThread(resolved, facilitator, T1);
    expect(editComment(reopened, 'c1', 'The law was amended in March 2025.', amina, T1).comments[0]?.body).toBe(
      'The law was amended in March 2025.',
    );
    expect(deleteComment(resolved, 'c1', amina, T1).comments[0]?.deletedAt).toBe(T1);
  });

  it('drops the earlier revisions of a deleted comment along with its text', () => {
    const edited = editComment(open(), 'c1', 'The law was amended in March 2025.', amina, T1);
    const [deleted] = deleteComment(edited, 'c1', amina, T1).comments;
    expect(deleted).toEqual({ id: 'c1', author: amina, body: '', createdAt: T0, history: [], deletedAt: T1 });
  });

  it('refuses replies from observers and unknown comment ids', () => {
    expect(codeOf(() => replyToThread(open(), 'c2', 'hello', observer, T1))).toBe('forbidden');
    expect(codeOf(() => editComment(open(), 'nope', 'x', amina, T1))).toBe('not-found');
  });
});

describe('resolution', () => {
  it('lets only facilitators resolve, with an outcome and a response, and reopen', () => {
    expect(codeOf(() => resolveThread(open(), { outcome: 'accepted', response: 'ok' }, amina, T1))).toBe('forbidden');
    const resolved = resolveThread(open(), { outcome: 'noted', response: ' Will check. ' }, facilitator, T1);
    expect(resolved.status).toBe('resolved');
    expect(resolved.resolution).toEqual({
      outcome: 'noted',
      response: 'Will check.',
      by: facilitator,
      at: T1,
      appliedProposal: false,
    });
    expect(codeOf(() => resolveThread(resolved, { outcome: 'noted', response: '' }, facilitator, T1))).toBe('conflict');
    expect(codeOf(() => reopenThread(resolved, amina, T1))).toBe('forbidden');
    const reopened = reopenThread(resolved, facilitator, T1);
    expect(reopened.status).toBe('open');
    expect(reopened.resolution).toBeUndefined();
    expect(reopened.events.map((e) => e.kind)).toEqual(['opened', 'resolved', 'reopened']);
  });

  it('refuses "not accepted" without a response saying why, and accepts it with one', () => {
    expect(codeOf(() => resolveThread(open(), { outcome: 'not-accepted', response: '  ' }, facilitator, T1))).toBe(
      'invalid',
    );
    const refused = resolveThread(
      open(),
      { outcome: 'not-accepted', response: 'The 2025 bill did not pass.' },
      facilitator,
      T1,
    );
    expect(refused.resolution?.response).toBe('The 2025 bill did not pass.');
    expect(requiresResponse('not-accepted')).toBe(true);
    expect(OUTCOMES.filter(requiresResponse)).toEqual(['not-accepted']);
  });

  it('applies a proposal only when the thread proposes wording and is accepted', () => {
    expect(
      codeOf(() =>
        resolveThread(open(), { outcome: 'accepted', response: '', appliedProposal: true }, facilitator, T1),
      ),
    ).toBe('invalid');
    const proposing = open(amina, { proposedText: 'Law No. 87/2019, as amended in 2025' });
    expect(
      codeOf(() =>
        resolveThread(
          proposing,
          { outcome: 'not-accepted', response: 'The law was not amended.', appliedProposal: true },
          facilitator,
          T1,
        ),
      ),
    ).toBe('invalid');
    const applied = resolveThread(
      proposing,
      { outcome: 'accepted', response: 'Applied.', appliedProposal: true },
      facilitator,
      T1,
    );
    expect(applied.resolution?.appliedProposal).toBe(true);
    expect(applied.events.map((e) => e.kind)).toEqual(['opened', 'resolved', 'proposal-applied']);
  });
});

describe('filterThreads', () => {
  it('filters by indicator, domain, organisation, type and status', () => {
    const a = open();
    const b = { ...open(boris), id: 't2', indicatorId: '5.1', type: 'question' as const, createdAt: T1 };
    const c = resolveThread(
      { ...open(), id: 't3', indicatorId: '2.7' },
      { outcome: 'noted', response: '' },
      facilitator,
      T1,
    );
    const all = [b, c, a];
    expect(filterThreads(all, {}).map((t) => t.id)).toEqual(['t1', 't3', 't2']);
    expect(filterThreads(all, { domain: 2 }).map((t) => t.id)).toEqual(['t1', 't3']);
    expect(filterThreads(all, { indicator: '5.1' }).map((t) => t.id)).toEqual(['t2']);
    expect(filterThreads(all, { organisation: 'Migrant Rights Network' }).map((t) => t.id)).toEqual(['t2']);
    expect(filterThreads(all, { organisation: 'migrant-rights-network' }).map((t) => t.id)).toEqual(['t2']);
    expect(filterThreads(all, { type: 'question' }).map((t) => t.id)).toEqual(['t2']);
    expect(filterThreads(all, { status: 'resolved' }).map((t) => t.id)).toEqual(['t3']);
  });
});

describe('refusals', () => {
  /** The error `fn` throws, as the API's JSON error would carry it. */
  function refusalOf(fn: () => unknown): { name: string; code: string; message: string } | undefined {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof ThreadRuleError)) throw error;
      return { name: error.name, code: error.code, message: error.message };
    }
    return undefined;
  }

  it('says in words what was refused, with the code the API maps', () => {
    const deleted = deleteComment(open(), 'c1', amina, T1);
    const resolved = resolveThread(open(), { outcome: 'noted', response: '' }, facilitator, T1);
    const long = 'x'.repeat(MAX_BODY_LENGTH + 1);
    const cases: [() => unknown, string, string][] = [
      [() => open(observer), 'forbidden', 'a observer may not comment'],
      [() => replyToThread(open(), 'c2', '   ', amina, T1), 'invalid', 'the reply must not be empty'],
      [
        () => replyToThread(open(), 'c2', long, amina, T1),
        'invalid',
        `the reply is longer than ${MAX_BODY_LENGTH} characters`,
      ],
      [() => open(amina, { proposedText: ' ' }), 'invalid', 'the proposed wording must not be empty'],
      [() => editComment(open(), 'c1', '', amina, T1), 'invalid', 'the comment must not be empty'],
      [() => editComment(open(), 'nope', 'x', amina, T1), 'not-found', 'no such comment in this thread'],
      [() => editComment(open(), 'c1', 'x', boris, T1), 'forbidden', "nobody may change another person's comment"],
      [() => editComment(deleted, 'c1', 'x', amina, T1), 'conflict', 'the comment was deleted'],
      [
        () => resolveThread(open(), { outcome: 'noted', response: '' }, amina, T1),
        'forbidden',
        'only facilitators resolve threads',
      ],
      [
        () => resolveThread(resolved, { outcome: 'noted', response: '' }, facilitator, T1),
        'conflict',
        'the thread is already resolved',
      ],
      [
        () => resolveThread(open(), { outcome: 'not-accepted', response: ' ' }, facilitator, T1),
        'invalid',
        'a remark that is not accepted needs a response saying why',
      ],
      [
        () => resolveThread(open(), { outcome: 'accepted', response: '', appliedProposal: true }, facilitator, T1),
        'invalid',
        'the thread proposes no wording',
      ],
      [
        () =>
          resolveThread(
            open(amina, { proposedText: 'New words' }),
            { outcome: 'noted', response: '', appliedProposal: true },
            facilitator,
            T1,
          ),
        'invalid',
        'only an accepted proposal can be applied',
      ],
      [() => reopenThread(open(), facilitator, T1), 'conflict', 'the thread is already open'],
      [() => open(amina, { body: ' ' } as never), 'invalid', 'the comment must not be empty'],
    ];
    for (const [fn, code, message] of cases) {
      expect(refusalOf(fn), message).toEqual({ name: 'ThreadRuleError', code, message });
    }
  });

  it('keeps a quote whole up to the limit and clips a longer one with an ellipsis', () => {
    const limit = 'q'.repeat(MAX_QUOTE_LENGTH);
    expect(clipQuote(limit)).toBe(limit);
    const clipped = clipQuote(`${limit}q`);
    expect(clipped).toHaveLength(MAX_QUOTE_LENGTH);
    expect(clipped.endsWith('q…')).toBe(true);
  });

  it('keeps an edit that changes nothing out of the history', () => {
    const thread = open();
    expect(editComment(thread, 'c1', ' The law was amended in 2025.  ', amina, T1)).toBe(thread);
  });
});

describe('edges of the thread rules', () => {
  it('takes a comment of exactly the longest length', () => {
    const longest = 'x'.repeat(MAX_BODY_LENGTH);
    expect(replyToThread(open(), 'c2', longest, amina, T1).comments[1]?.body).toBe(longest);
  });

  it('keeps the anchor and the proposed wording a thread was opened with, and adds neither when absent', () => {
    const anchor = { start: 'AAAA', end: 'AAAB', quote: 'the law' };
    const anchored = openThread(
      {
        id: 't2',
        commentId: 'c1',
        consultationId: 'demo',
        indicatorId: '2.4',
        type: 'factual-correction',
        body: 'Amended.',
        proposedText: 'the amended law',
        anchor,
      },
      amina,
      T0,
    );
    expect(anchored).toMatchObject({ anchor, proposedText: 'the amended law' });
    expect(Object.keys(open())).not.toContain('anchor');
    expect(Object.keys(open())).not.toContain('proposedText');
  });

  it('edits and deletes only the comment named, leaving the others as they were', () => {
    const thread = replyToThread(open(), 'c2', 'A reply.', boris, T1);
    const edited = editComment(thread, 'c2', 'A better reply.', boris, T1);
    expect(edited.comments[0]).toEqual(thread.comments[0]);
    expect(edited.comments[1]?.body).toBe('A better reply.');
    const deleted = deleteComment(edited, 'c2', boris, T1);
    expect(deleted.comments[0]).toEqual(thread.comments[0]);
    expect(deleted.comments[1]?.body).toBe('');
  });

  it('applies a proposal accepted as is or with changes, recording that it was applied', () => {
    for (const outcome of ['accepted', 'accepted-with-changes'] as const) {
      const thread = open(amina, { proposedText: 'New words' });
      const resolved = resolveThread(thread, { outcome, response: '', appliedProposal: true }, facilitator, T1);
      expect(resolved.resolution).toMatchObject({ outcome, appliedProposal: true });
      expect(resolved.events.map((e) => e.kind)).toEqual([
        ...thread.events.map((e) => e.kind),
        'resolved',
        'proposal-applied',
      ]);
    }
  });
});
