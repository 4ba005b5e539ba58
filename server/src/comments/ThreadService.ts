import { randomUUID } from 'node:crypto';
import {
  type Author,
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
import type { Logger } from '../log.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import { applyProposal } from './applyProposal.ts';
import { readThread, readThreads, writeThread } from './threadDoc.ts';

export interface NewThread {
  indicatorId: string;
  type: ThreadType;
  body: string;
  proposedText?: string;
  anchor?: ThreadAnchor;
}

export interface ThreadServiceOptions {
  rooms: RoomManager;
  logger: Logger;
  now?: () => Date;
  newId?: () => string;
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

  constructor(private readonly options: ThreadServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => randomUUID());
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

  open(consultationId: string, input: NewThread, actor: Author): Promise<Thread> {
    return this.serialized(consultationId, async () => {
      const thread = openThread(
        { ...input, id: this.newId(), commentId: this.newId(), consultationId },
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

  remove(consultationId: string, threadId: string, commentId: string, actor: Author): Promise<Thread> {
    return this.change(consultationId, threadId, (t) => deleteComment(t, commentId, actor, this.stamp()));
  }

  reopen(consultationId: string, threadId: string, actor: Author): Promise<Thread> {
    return this.change(consultationId, threadId, (t) => reopenThread(t, actor, this.stamp()));
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
      const next = resolveThread(
        current,
        {
          outcome: resolution.outcome,
          response: resolution.response,
          appliedProposal: resolution.applyProposal ?? false,
        },
        actor,
        this.stamp(),
      );
      if (resolution.applyProposal) await this.applyToDraft(consultationId, current);
      await this.write(consultationId, current, next);
      return next;
    });
  }

  private async applyToDraft(consultationId: string, thread: Thread): Promise<void> {
    const { anchor, proposedText } = thread;
    if (!anchor || proposedText === undefined) {
      throw new ThreadRuleError('invalid', 'only a thread anchored to text with proposed wording can be applied');
    }
    await this.options.rooms.withRoom(draftRoomOf(consultationId), async (room) => {
      let result = 'invalid-anchor';
      await room.applyServerChange((doc) => {
        result = applyProposal(doc, anchor, proposedText);
      });
      if (result === 'text-gone') throw new ThreadRuleError('conflict', 'the anchored text no longer exists');
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
