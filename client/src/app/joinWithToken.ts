import { parseMe } from './me.ts';

export type JoinOutcome = { kind: 'joined'; consultationId: string } | { kind: 'failed'; title: string; text: string };

/** The token of an invitation link travels in the fragment (`/join#token=...`), never to server logs. */
export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}

/**
 * Trades an invitation token for the session cookie (`POST /api/join`): the
 * consultation it opens, or what to tell the person. Rejects only when
 * `signal` aborts.
 */
export async function joinWithToken(token: string, signal?: AbortSignal): Promise<JoinOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
      credentials: 'same-origin',
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'failed', title: 'Could not reach the server', text: 'Check your connection and reload.' };
  }
  const me = response.ok ? parseMe(await response.json().catch(() => null)) : null;
  if (me?.kind === 'member') return { kind: 'joined', consultationId: me.consultation.id };
  if (response.status === 401) {
    return {
      kind: 'failed',
      title: 'This invitation is no longer valid',
      text: 'It may have expired or been withdrawn. Ask the organisers for a new link.',
    };
  }
  return { kind: 'failed', title: 'Could not join', text: `The server answered ${response.status}. Try again.` };
}
