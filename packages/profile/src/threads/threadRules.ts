import { can } from '../permissions.ts';
import type { Outcome, ThreadType } from '../vocabulary.ts';
import { controlCharacterProblem } from './controlCharacter.ts';
import type { Author, Comment, Thread, ThreadAnchor } from './Thread.ts';
import { ThreadRuleError } from './ThreadRuleError.ts';

/**
 * The rules of the comment process as pure functions: each takes a thread
 * and an actor and returns the next thread, or throws {@link ThreadRuleError}.
 * The server applies them; nothing else may change a thread.
 */

export const MAX_BODY_LENGTH = 5_000;

/** A thread keeps at most this much of the text it is anchored to. */
export const MAX_QUOTE_LENGTH = 5_000;

/** The quote a thread keeps of `text`: all of it, or its start and an ellipsis. */
export function clipQuote(text: string): string {
  return text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : text;
}

export interface OpenThreadInput {
  id: string;
  commentId: string;
  consultationId: string;
  indicatorId: string;
  type: ThreadType;
  body: string;
  proposedText?: string;
  anchor?: ThreadAnchor;
}

function requireText(value: string, what: string): string {
  requirePlainText(value, what);
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new ThreadRuleError('invalid', `${what} must not be empty`);
  if (trimmed.length > MAX_BODY_LENGTH)
    throw new ThreadRuleError('invalid', `${what} is longer than ${MAX_BODY_LENGTH} characters`);
  return trimmed;
}

/** Refuses text holding a control character (other than line feed and tab): exports could not carry it. */
function requirePlainText(value: string, what: string): void {
  const problem = controlCharacterProblem(value, what);
  if (problem !== undefined) throw new ThreadRuleError('invalid', problem);
}

function requireComment(actor: Author): void {
  if (!can(actor.role, 'comment')) throw new ThreadRuleError('forbidden', `a ${actor.role} may not comment`);
}

function requireResolve(actor: Author): void {
  if (!can(actor.role, 'resolve')) throw new ThreadRuleError('forbidden', 'only facilitators resolve threads');
}

function findComment(thread: Thread, commentId: string): Comment {
  const comment = thread.comments.find((c) => c.id === commentId);
  if (!comment) throw new ThreadRuleError('not-found', 'no such comment in this thread');
  return comment;
}

function requireOwnLiveComment(comment: Comment, actor: Author): void {
  if (comment.author.personId !== actor.personId) {
    throw new ThreadRuleError('forbidden', "nobody may change another person's comment");
  }
  if (comment.deletedAt) throw new ThreadRuleError('conflict', 'the comment was deleted');
}

export function openThread(input: OpenThreadInput, actor: Author, now: string): Thread {
  requireComment(actor);
  const body = requireText(input.body, 'the comment');
  const proposedText =
    input.proposedText === undefined ? undefined : requireText(input.proposedText, 'the proposed wording');
  return {
    id: input.id,
    consultationId: input.consultationId,
    indicatorId: input.indicatorId,
    type: input.type,
    author: actor,
    createdAt: now,
    ...(proposedText === undefined ? {} : { proposedText }),
    ...(input.anchor ? { anchor: input.anchor } : {}),
    status: 'open',
    comments: [{ id: input.commentId, author: actor, body, createdAt: now, history: [] }],
    events: [{ kind: 'opened', by: actor, at: now }],
  };
}

export function replyToThread(thread: Thread, commentId: string, body: string, actor: Author, now: string): Thread {
  requireComment(actor);
  const text = requireText(body, 'the reply');
  return {
    ...thread,
    comments: [...thread.comments, { id: commentId, author: actor, body: text, createdAt: now, history: [] }],
  };
}

/**
 * The author rewrites their comment; the earlier text stays in its history.
 * Not in a resolved thread: the outcome and response were given to the
 * comments as they stood, and the comment matrix reports them side by side,
 * so a later edit would put the facilitators' decision under words they
 * never read. A facilitator reopens the thread first (deleting stays
 * possible: it leaves a visible trace, never other words).
 *
 * @throws ThreadRuleError `forbidden` for another person's comment, `conflict`
 *   for a deleted comment or a resolved thread, `invalid` for unusable text
 */
export function editComment(thread: Thread, commentId: string, body: string, actor: Author, now: string): Thread {
  const comment = findComment(thread, commentId);
  requireOwnLiveComment(comment, actor);
  if (thread.status === 'resolved') {
    throw new ThreadRuleError(
      'conflict',
      'the thread is resolved: its comments stay as the facilitators decided on them (a facilitator can reopen it)',
    );
  }
  const text = requireText(body, 'the comment');
  if (text === comment.body) return thread;
  const edited: Comment = {
    ...comment,
    body: text,
    editedAt: now,
    history: [...comment.history, { body: comment.body, replacedAt: now }],
  };
  return { ...thread, comments: thread.comments.map((c) => (c.id === commentId ? edited : c)) };
}

/** The text goes, the trace stays: a deleted comment shows who deleted what was there and when. */
export function deleteComment(thread: Thread, commentId: string, actor: Author, now: string): Thread {
  const comment = findComment(thread, commentId);
  requireOwnLiveComment(comment, actor);
  // Earlier revisions go too: they are the text in other words.
  const deleted: Comment = {
    id: comment.id,
    author: comment.author,
    body: '',
    createdAt: comment.createdAt,
    history: [],
    deletedAt: now,
  };
  return { ...thread, comments: thread.comments.map((c) => (c.id === commentId ? deleted : c)) };
}

/**
 * Whether resolving with `outcome` needs a response: a remark that is not
 * accepted is answered with the reason, for its author and the comment matrix.
 */
export function requiresResponse(outcome: Outcome): boolean {
  return outcome === 'not-accepted';
}

export function resolveThread(
  thread: Thread,
  resolution: { outcome: Outcome; response: string; appliedProposal?: boolean },
  actor: Author,
  now: string,
): Thread {
  requireResolve(actor);
  if (thread.status === 'resolved') throw new ThreadRuleError('conflict', 'the thread is already resolved');
  requirePlainText(resolution.response, 'the response');
  const response = resolution.response.trim();
  if (response === '' && requiresResponse(resolution.outcome)) {
    throw new ThreadRuleError('invalid', 'a remark that is not accepted needs a response saying why');
  }
  const appliedProposal = resolution.appliedProposal ?? false;
  if (appliedProposal) {
    if (thread.proposedText === undefined) throw new ThreadRuleError('invalid', 'the thread proposes no wording');
    if (resolution.outcome !== 'accepted' && resolution.outcome !== 'accepted-with-changes') {
      throw new ThreadRuleError('invalid', 'only an accepted proposal can be applied');
    }
  }
  const events = [...thread.events, { kind: 'resolved' as const, by: actor, at: now }];
  if (appliedProposal) events.push({ kind: 'proposal-applied', by: actor, at: now });
  return {
    ...thread,
    status: 'resolved',
    resolution: {
      outcome: resolution.outcome,
      response,
      by: actor,
      at: now,
      appliedProposal,
    },
    events,
  };
}

export function reopenThread(thread: Thread, actor: Author, now: string): Thread {
  requireResolve(actor);
  if (thread.status === 'open') throw new ThreadRuleError('conflict', 'the thread is already open');
  const { resolution: _previous, ...rest } = thread;
  return { ...rest, status: 'open', events: [...thread.events, { kind: 'reopened', by: actor, at: now }] };
}
