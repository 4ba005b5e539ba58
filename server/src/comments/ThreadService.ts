import { randomUUID } from 'node:crypto';
import { findIndicator } from '@roundtable/draft';
import {
  type Author,
  clipQuote,
  deleteComment,
  draftRoomOf,
  editComment,
  filterThreads,
  type Outcome,
  openThread,
  reopenThread,
  replyToThread,
  resolveThread,
  type Thread,
  type ThreadAnchor,
  type ThreadFilter,
  ThreadRuleError,
  type ThreadType,
  threadsRoomOf,
} from '@roundtable/profile';
import { readThread, readThreads, writeThread } from '@roundtable/threads-doc';
import { createDraftUpdateCheck } from '../draft/createDraftUpdateCheck.ts';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import type { Logger } from '../log.ts';
import { compactStoredDoc } from '../storage/compactStoredDoc.ts';
import type { DocStore } from '../storage/DocStore.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import type { UpdateCheck } from '../sync/UpdateCheck.ts';
import { type ApplyResult, proposalUpdate } from './applyProposal.ts';
import { type AnchorResolution, resolveAnchorWhenSeen } from './resolveAnchor.ts';

export interface NewThread {
  indicatorId: string;
  type: ThreadType;
  body: string;
  proposedText?: string;
  anchor?: ThreadAnchor;
}

/** A facilitator resolved or reopened a thread: told to `onDecision` once the thread is stored. */
export interface ThreadDecision {
  consultationId: string;
  kind: 'resolved' | 'reopened';
  /** The thread as it now is. */
  thread: Thread;
  by: Author;
  at: string;
}

export interface ThreadServiceOptions {
  rooms: RoomManager;
  /** Where the rooms are stored: a deleted comment is compacted out of it. */
  docs: DocStore;
  /** Locks and lifecycle: applying wording goes through the draft's write policy as the resolving facilitator. */
  draftContext: DraftContextSource;
  logger: Logger;
  /**
   * How long an anchor naming draft edits the server has not received yet
   * waits for them (the edit travels by websocket, the comment by HTTP).
   */
  anchorWaitMs?: number;
  now?: () => Date;
  newId?: () => string;
  /**
   * Told of every resolution and reopening once stored (the meeting's
   * decision log listens); awaited, and a failure is logged, never passed
   * on: the thread's change stands.
   */
  onDecision?: (decision: ThreadDecision) => Promise<void> | void;
}

/**
 * The only writer of threads. Every change is a pure rule from
 * `@roundtable/profile` applied by the server to the consultation's threads
 * room, stored like any update and relayed live to everyone following it.
 * Changes to one consultation run one at a time on this instance.
 */
export class ThreadService {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly anchorWaitMs: number;

  constructor(private readonly options: ThreadServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => randomUUID());
    this.anchorWaitMs = options.anchorWaitMs ?? 2_000;
  }

  list(consultationId: string, filter: ThreadFilter): Promise<Thread[]> {
    return this.options.rooms.withRoom(threadsRoomOf(consultationId), (room) =>
      filterThreads(readThreads(room.doc), filter),
    );
  }

  get(consultationId: string, threadId: string): Promise<Thread> {
    return this.options.rooms.withRoom(threadsRoomOf(consultationId), (room) => {
      const thread = readThread(room.doc, threadId);
      if (!thread) throw new ThreadRuleError('not-found', 'no such thread');
      return thread;
    });
  }

  /**
   * Opens a thread on an indicator of the consultation's draft. An anchor is
   * read against the draft: both ends must lie in that indicator, and the
   * thread keeps the text found there, not the quote the client sent.
   */
  open(consultationId: string, input: NewThread, actor: Author): Promise<Thread> {
    return this.serialized(consultationId, async () => {
      const anchor = await this.checkTarget(consultationId, input.indicatorId, input.anchor);
      const thread = openThread(
        {
          ...input,
          ...(anchor === undefined ? {} : { anchor }),
          id: this.newId(),
          commentId: this.newId(),
          consultationId,
        },
        actor,
        this.stamp(),
      );
      await this.write(consultationId, undefined, thread);
      return thread;
    });
  }

  reply(consultationId: string, threadId: string, body: string, actor: Author): Promise<Thread> {
    return this.change(consultationId, threadId, (t) => replyToThread(t, this.newId(), body, actor, this.stamp()));
  }

  edit(consultationId: string, threadId: string, commentId: string, body: string, actor: Author): Promise<Thread> {
    return this.change(consultationId, threadId, (t) => editComment(t, commentId, body, actor, this.stamp()));
  }

  /**
   * Deletes a comment's text and earlier revisions, then compacts the stored
   * threads room, whose log would otherwise keep them until its next compaction.
   */
  async remove(consultationId: string, threadId: string, commentId: string, actor: Author): Promise<Thread> {
    const thread = await this.change(consultationId, threadId, (t) => deleteComment(t, commentId, actor, this.stamp()));
    const room = threadsRoomOf(consultationId);
    try {
      await compactStoredDoc(this.options.docs, room);
    } catch (error) {
      // The deletion stands; the room's own compaction (at the latest on unload) removes the text later.
      this.options.logger.warn('thread.compact-after-delete-failed', { room, thread: threadId, error });
    }
    return thread;
  }

  async reopen(consultationId: string, threadId: string, actor: Author): Promise<Thread> {
    const at = this.stamp();
    const thread = await this.change(consultationId, threadId, (t) => reopenThread(t, actor, at));
    await this.tell({ consultationId, kind: 'reopened', thread, by: actor, at });
    return thread;
  }

  /**
   * Resolves a thread; with `applyProposal`, first replaces the anchored text
   * of the draft with the proposed wording (refused if it cannot be applied).
   */
  resolve(
    consultationId: string,
    threadId: string,
    resolution: { outcome: Outcome; response: string; applyProposal?: boolean },
    actor: Author,
  ): Promise<Thread> {
    return this.serialized(consultationId, async () => {
      const current = await this.get(consultationId, threadId);
      const at = this.stamp();
      const next = resolveThread(
        current,
        {
          outcome: resolution.outcome,
          response: resolution.response,
          appliedProposal: resolution.applyProposal ?? false,
        },
        actor,
        at,
      );
      if (resolution.applyProposal) await this.applyToDraft(consultationId, current);
      await this.write(consultationId, current, next);
      await this.tell({ consultationId, kind: 'resolved', thread: next, by: actor, at });
      return next;
    });
  }

  /** The indicator must be in the draft; an anchor comes back with the quote read from the draft. */
  private checkTarget(
    consultationId: string,
    indicatorId: string,
    anchor: ThreadAnchor | undefined,
  ): Promise<ThreadAnchor | undefined> {
    return this.options.rooms.withRoom(draftRoomOf(consultationId), async (room) => {
      if (!findIndicator(room.doc, indicatorId)) {
        throw new ThreadRuleError('invalid', `indicatorId: no indicator ${indicatorId} in this consultation's draft`);
      }
      if (anchor === undefined) return undefined;
      const resolved = await resolveAnchorWhenSeen(room.doc, anchor, indicatorId, this.anchorWaitMs);
      if (resolved.kind !== 'resolved') throw anchorRefusal(resolved, indicatorId);
      return { start: anchor.start, end: anchor.end, quote: clipQuote(resolved.quote) };
    });
  }

  private async applyToDraft(consultationId: string, thread: Thread): Promise<void> {
    const { anchor, proposedText, indicatorId } = thread;
    if (!anchor || proposedText === undefined) {
      throw new ThreadRuleError('invalid', 'only a thread anchored to text with proposed wording can be applied');
    }
    await this.options.rooms.withRoom(draftRoomOf(consultationId), async (room) => {
      let result = 'invalid-anchor' as ApplyResult;
      // Applied for the facilitator who resolves: their rights (and the meeting's locks) decide.
      await room.applyServerUpdate((doc, client) => {
        const built = proposalUpdate(doc, anchor, indicatorId, proposedText, client);
        result = built.result;
        return built.update;
      }, this.facilitatorCheck(consultationId));
      if (result === 'text-gone') throw new ThreadRuleError('conflict', 'the anchored text no longer exists');
      if (result === 'outside-indicator') {
        throw new ThreadRuleError('conflict', `the anchored text is no longer in indicator ${indicatorId}`);
      }
      if (result === 'spans-blocks') throw new ThreadRuleError('conflict', 'the anchored text spans paragraphs');
      if (result === 'text-changed') {
        throw new ThreadRuleError(
          'conflict',
          'the anchored text has changed since the comment; edit the draft by hand',
        );
      }
      if (result !== 'applied') throw new ThreadRuleError('invalid', 'the anchor is not readable');
      this.options.logger.info('thread.proposal-applied', { consultation: consultationId, thread: thread.id });
    });
  }

  /** The draft's write policy for a facilitator of `consultationId`, with its current locks. */
  private facilitatorCheck(consultationId: string): UpdateCheck {
    return createDraftUpdateCheck({ kind: 'member', role: 'facilitator' }, () =>
      this.options.draftContext.contextFor(consultationId),
    );
  }

  private change(consultationId: string, threadId: string, rule: (thread: Thread) => Thread): Promise<Thread> {
    return this.serialized(consultationId, async () => {
      const current = await this.get(consultationId, threadId);
      const next = rule(current);
      await this.write(consultationId, current, next);
      return next;
    });
  }

  private write(consultationId: string, before: Thread | undefined, after: Thread): Promise<void> {
    return this.options.rooms.withRoom(threadsRoomOf(consultationId), async (room) => {
      await room.applyServerChange((doc) => writeThread(doc, before, after));
    });
  }

  private async tell(decision: ThreadDecision): Promise<void> {
    try {
      await this.options.onDecision?.(decision);
    } catch (error) {
      this.options.logger.error('thread.decision-listener-failed', {
        consultation: decision.consultationId,
        thread: decision.thread.id,
        error,
      });
    }
  }

  private serialized<T>(consultationId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(consultationId) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => {});
    this.queues.set(consultationId, tail);
    void tail.then(() => {
      if (this.queues.get(consultationId) === tail) this.queues.delete(consultationId);
    });
    return run;
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

/** Why an anchor that did not resolve is refused, as the client is told. */
function anchorRefusal(resolution: Exclude<AnchorResolution, { kind: 'resolved' }>, indicatorId: string): Error {
  switch (resolution.kind) {
    case 'unreadable':
      return new ThreadRuleError('invalid', 'anchor: start and end must be Yjs relative positions');
    case 'outside':
      return new ThreadRuleError(
        'invalid',
        resolution.foundIn === null
          ? `anchor: the selected text is outside indicator ${indicatorId}`
          : `anchor: the selected text is in indicator ${resolution.foundIn}, not in ${indicatorId}`,
      );
    case 'unknown':
      return new ThreadRuleError('conflict', 'anchor: the selected text has not reached the server; try again');
    case 'gone':
      return new ThreadRuleError('conflict', 'anchor: the selected text is no longer in the draft');
  }
}
