import { type Author, openThread, replyToThread, resolveThread, type Thread } from '@roundtable/profile';

/** An author of organisation `organisation` (test support). */
export function author(
  name: string,
  organisation = 'Ministry of Labour',
  role: Author['role'] = 'participant',
): Author {
  return { personId: name, name, organisation, organisationId: null, role };
}

/** A thread on `indicatorId` opened at `at` with `body`, optionally with a reply and a resolution (test support). */
export function thread(
  id: string,
  indicatorId: string,
  at: string,
  body: string,
  more: {
    by?: Author;
    quote?: string;
    proposedText?: string;
    reply?: { body: string; by: Author; at: string };
    resolve?: {
      outcome: 'accepted' | 'accepted-with-changes' | 'not-accepted' | 'noted' | 'deferred';
      response: string;
      at: string;
    };
  } = {},
): Thread {
  let t = openThread(
    {
      id,
      commentId: `${id}-c1`,
      consultationId: 'demo',
      indicatorId,
      type: 'factual-correction',
      body,
      ...(more.proposedText === undefined ? {} : { proposedText: more.proposedText }),
    },
    more.by ?? author('Amina'),
    at,
  );
  if (more.quote !== undefined) t = { ...t, anchor: { start: 'AAAA', end: 'AAAA', quote: more.quote } };
  if (more.reply) t = replyToThread(t, `${id}-c2`, more.reply.body, more.reply.by, more.reply.at);
  if (more.resolve) {
    t = resolveThread(
      t,
      { outcome: more.resolve.outcome, response: more.resolve.response },
      author('Fatou', 'IOM Veloria Office', 'facilitator'),
      more.resolve.at,
    );
  }
  return t;
}

/**
 * `t` with its first comment's body set to `body` as stored, past the rules: a thread written
 * before the rules refused control characters still holds them, so exports must still carry
 * them safely (test support).
 */
export function withStoredBody(t: Thread, body: string): Thread {
  return { ...t, comments: t.comments.map((c, i) => (i === 0 ? { ...c, body } : c)) };
}
