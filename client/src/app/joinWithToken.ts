import { type JoinRequest, meSchema } from '@roundtable/profile';
import { ApiRequestError, apiRequest, BAD_RESPONSE } from './apiRequest.ts';

/** Joined, or why not: `title` and `text` are catalogue keys (`text` may take `{status}`). */
export type JoinOutcome =
  | { kind: 'joined'; consultationId: string }
  | { kind: 'failed'; title: string; text: string; status: number };

/** The token of an invitation link travels in the fragment (`/join#token=...`), never to server logs. */
export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}

/**
 * Trades an invitation token for the session cookie (`POST /api/join`, the
 * answer parsed with the shared `meSchema`): the consultation it opens, or
 * what to tell the person. Rejects only when `signal` aborts.
 */
export async function joinWithToken(token: string, signal?: AbortSignal): Promise<JoinOutcome> {
  try {
    const me = await apiRequest(meSchema, 'POST', '/api/join', { token } satisfies JoinRequest, signal);
    if (me.kind === 'member') return { kind: 'joined', consultationId: me.consultation.id };
    return { kind: 'failed', title: 'app.join.notInvitation.title', text: 'app.join.notInvitation.text', status: 200 };
  } catch (error) {
    if (signal?.aborted) throw error;
    return failureOf(error);
  }
}

function failureOf(error: unknown): JoinOutcome {
  if (!(error instanceof ApiRequestError) || error.status === 0) {
    return { kind: 'failed', title: 'app.join.unreachable.title', text: 'app.join.unreachable.text', status: 0 };
  }
  const status = error.status;
  if (status === 401) {
    return { kind: 'failed', title: 'app.join.invalid.title', text: 'app.join.invalid.text', status };
  }
  if (error.code === BAD_RESPONSE) {
    return { kind: 'failed', title: 'app.join.failed.title', text: 'errors.api.bad_response', status };
  }
  return { kind: 'failed', title: 'app.join.failed.title', text: 'app.join.failed.text', status };
}
