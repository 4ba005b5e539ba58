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

/**
 * {@link ThreadActions} over the HTTP API. The change reaches the page through
 * the threads room (useThreads), like everyone else's.
 */
export function createThreadActions(consultationId: string): ThreadActions {
  return {
    open: (request) => threadApi.open(consultationId, request),
    reply: (threadId, body) => threadApi.reply(consultationId, threadId, body),
    edit: (threadId, commentId, body) => threadApi.edit(consultationId, threadId, commentId, body),
    remove: (threadId, commentId) => threadApi.remove(consultationId, threadId, commentId),
    resolve: (threadId, request) => threadApi.resolve(consultationId, threadId, request),
    reopen: (threadId) => threadApi.reopen(consultationId, threadId),
  };
}
