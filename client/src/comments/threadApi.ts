import {
  type CommentRequest,
  type NewThreadRequest,
  type ResolveRequest,
  type Thread,
  type ThreadFilter,
  threadListSchema,
  threadSchema,
} from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

const threadsPath = (consultationId: string, rest = '') => consultationPath(consultationId, `/threads${rest}`);
const threadPath = (consultationId: string, threadId: string, rest = '') =>
  threadsPath(consultationId, `/${encodeURIComponent(threadId)}${rest}`);
const commentPath = (consultationId: string, threadId: string, commentId: string) =>
  threadPath(consultationId, threadId, `/comments/${encodeURIComponent(commentId)}`);
const comment = (body: string): CommentRequest => ({ body });

/**
 * The thread endpoints of the API (server/src/comments/createThreadRoutes.ts),
 * requests and answers in the shapes of @roundtable/profile. Each write
 * resolves to the thread as it now is; every call rejects with
 * `ApiRequestError` (an answer the schemas refuse included).
 */
export const threadApi = {
  async list(consultationId: string, filter: ThreadFilter = {}, signal?: AbortSignal): Promise<Thread[]> {
    const query = new URLSearchParams(
      Object.entries(filter)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ).toString();
    const body = await apiRequest(
      threadListSchema,
      'GET',
      threadsPath(consultationId, query === '' ? '' : `?${query}`),
      undefined,
      signal,
    );
    return body.threads;
  },
  open: (consultationId: string, request: NewThreadRequest) =>
    apiRequest(threadSchema, 'POST', threadsPath(consultationId), request),
  reply: (consultationId: string, threadId: string, body: string) =>
    apiRequest(threadSchema, 'POST', threadPath(consultationId, threadId, '/comments'), comment(body)),
  edit: (consultationId: string, threadId: string, commentId: string, body: string) =>
    apiRequest(threadSchema, 'PATCH', commentPath(consultationId, threadId, commentId), comment(body)),
  remove: (consultationId: string, threadId: string, commentId: string) =>
    apiRequest(threadSchema, 'DELETE', commentPath(consultationId, threadId, commentId)),
  resolve: (consultationId: string, threadId: string, request: ResolveRequest) =>
    apiRequest(threadSchema, 'POST', threadPath(consultationId, threadId, '/resolve'), request),
  reopen: (consultationId: string, threadId: string) =>
    apiRequest(threadSchema, 'POST', threadPath(consultationId, threadId, '/reopen')),
};
