import type { NewThreadRequest, ResolveRequest, Thread } from '@roundtable/profile';
import { threadApi } from './threadApi.ts';

/** The writes the comments UI makes; each resolves to the thread as the server now has it. */
export interface ThreadActions {
  open(request: NewThreadRequest): Promise<Thread>;
  reply(threadId: string, body: string): Promise<Thread>;
  edit(threadId: string, commentId: string, body: string): Promise<Thread>;
  remove(threadId: string, commentId: string): Promise<Thread>;
  resolve(threadId: string, request: ResolveRequest): Promise<Thread>;
  reopen(threadId: string): Promise<Thread>;
}

/** {@link ThreadActions} over the HTTP API; `accept` sees every answer (see useThreads). */
export function createThreadActions(consultationId: string, accept: (thread: Thread) => void): ThreadActions {
  const through = async (request: Promise<Thread>): Promise<Thread> => {
    const thread = await request;
    accept(thread);
    return thread;
  };
  return {
    open: (request) => through(threadApi.open(consultationId, request)),
    reply: (threadId, body) => through(threadApi.reply(consultationId, threadId, body)),
    edit: (threadId, commentId, body) => through(threadApi.edit(consultationId, threadId, commentId, body)),
    remove: (threadId, commentId) => through(threadApi.remove(consultationId, threadId, commentId)),
    resolve: (threadId, request) => through(threadApi.resolve(consultationId, threadId, request)),
    reopen: (threadId) => through(threadApi.reopen(consultationId, threadId)),
  };
}
