import { type JoinRequest, meSchema } from '@roundtable/profile';
import { type JSX, useEffect, useState } from 'react';
import { ApiRequestError, apiRequest, BAD_RESPONSE } from './apiRequest.ts';

type JoinState = { kind: 'joining' } | { kind: 'failed'; title: string; text: string };

/** The token of an invitation link travels in the fragment (`/join#token=...`), never to server logs. */
function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

function failureOf(error: unknown): JoinState {
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

/**
 * `/join#token=...`: trades the invitation token for the session cookie
 * (`POST /api/join`), then opens the consultation the invitation is for.
 */
export function JoinPage({ onJoined }: { onJoined: (consultationId: string) => void }): JSX.Element {
  const [state, setState] = useState<JoinState>({ kind: 'joining' });

  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (token === null || token === '') {
      setState({
        kind: 'failed',
        title: 'This link is incomplete',
        text: 'Copy the whole invitation link from your message, including the part after “#”.',
      });
      return;
    }
    const controller = new AbortController();
    apiRequest(meSchema, 'POST', '/api/join', { token } satisfies JoinRequest, controller.signal)
      .then((me) => {
        if (me.kind === 'member') return onJoined(me.consultation.id);
        setState({
          kind: 'failed',
          title: 'This is not an invitation link',
          text: 'The operator’s token does not join a consultation. Open an invitation link.',
        });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState(failureOf(error));
      });
    return () => controller.abort();
  }, [onJoined]);

  return (
    <main className="rt-notfound">
      <div className="rt-notfound__card" role={state.kind === 'failed' ? 'alert' : 'status'}>
        <p className="rt-brand">Roundtable</p>
        {state.kind === 'joining' ? (
          <>
            <h1>Joining the consultation…</h1>
            <p>Checking your invitation.</p>
          </>
        ) : (
          <>
            <h1>{state.title}</h1>
            <p>{state.text}</p>
          </>
        )}
      </div>
    </main>
  );
}
