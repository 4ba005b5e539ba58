import type { Outcome, Thread, ThreadAnchor, ThreadFilter, ThreadType } from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

export interface NewThreadRequest {
  indicatorId: string;
  type: ThreadType;
  body: string;
  proposedText?: string;
  anchor?: ThreadAnchor;
}

export interface ResolveRequest {
  outcome: Outcome;
  response: string;
  applyProposal?: boolean;
}

const threadsPath = (consultationId: string, rest = '') => consultationPath(consultationId, `/threads${rest}`);
const threadPath = (consultationId: string, threadId: string, rest = '') =>
  threadsPath(consultationId, `/${encodeURIComponent(threadId)}${rest}`);
const commentPath = (consultationId: string, threadId: string, commentId: string) =>
  threadPath(consultationId, threadId, `/comments/${encodeURIComponent(commentId)}`);

/** The thread endpoints of the API (server/src/comments/createThreadRoutes.ts); each resolves to the thread as it now is. */
export const threadApi = {
  async list(consultationId: string, filter: ThreadFilter = {}, signal?: AbortSignal): Promise<Thread[]> {
    const query = new URLSearchParams(
      Object.entries(filter)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ).toString();
    const body = await apiRequest<{ threads: Thread[] }>(
      'GET',
      threadsPath(consultationId, query === '' ? '' : `?${query}`),
      undefined,
      signal,
    );
    return body.threads;
  },
  open: (consultationId: string, request: NewThreadRequest) =>
    apiRequest<Thread>('POST', threadsPath(consultationId), request),
  reply: (consultationId: string, threadId: string, body: string) =>
    apiRequest<Thread>('POST', threadPath(consultationId, threadId, '/comments'), { body }),
  edit: (consultationId: string, threadId: string, commentId: string, body: string) =>
    apiRequest<Thread>('PATCH', commentPath(consultationId, threadId, commentId), { body }),
  remove: (consultationId: string, threadId: string, commentId: string) =>
    apiRequest<Thread>('DELETE', commentPath(consultationId, threadId, commentId)),
  resolve: (consultationId: string, threadId: string, request: ResolveRequest) =>
    apiRequest<Thread>('POST', threadPath(consultationId, threadId, '/resolve'), request),
  reopen: (consultationId: string, threadId: string) =>
    apiRequest<Thread>('POST', threadPath(consultationId, threadId, '/reopen')),
};
