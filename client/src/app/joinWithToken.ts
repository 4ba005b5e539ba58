import { type JoinRequest, meSchema } from '@roundtable/profile';
import { ApiRequestError, apiRequest, BAD_RESPONSE } from './apiRequest.ts';

export type JoinOutcome = { kind: 'joined'; consultationId: string } | { kind: 'failed'; title: string; text: string };

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
    return {
      kind: 'failed',
      title: 'This is not an invitation link',
      text: 'The operator’s token does not join a consultation. Open an invitation link.',
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    return failureOf(error);
  }
}

function failureOf(error: unknown): JoinOutcome {
  if (!(error instanceof ApiRequestError) || error.status === 0) {
    return { kind: 'failed', title: 'Could not reach the server', text: 'Check your connection and reload.' };
  }
  if (error.status === 401) {
    return {
      kind: 'failed',
      title: 'This invitation is no longer valid',
      text: 'It may have expired or been withdrawn. Ask the organisers for a new link.',
    };
  }
  if (error.code === BAD_RESPONSE) return { kind: 'failed', title: 'Could not join', text: error.message };
  return { kind: 'failed', title: 'Could not join', text: `The server answered ${error.status}. Try again.` };
}
