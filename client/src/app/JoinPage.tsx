import { type JSX, useEffect, useState } from 'react';
import { parseMe } from './me.ts';

type JoinState = { kind: 'joining' } | { kind: 'failed'; title: string; text: string };

/** The token of an invitation link travels in the fragment (`/join#token=...`), never to server logs. */
function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
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
    fetch('/api/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
      credentials: 'same-origin',
      signal: controller.signal,
    })
      .then(async (response) => {
        const me = response.ok ? parseMe(await response.json()) : null;
        if (me?.kind === 'member') return onJoined(me.consultation.id);
        setState(
          response.status === 401
            ? {
                kind: 'failed',
                title: 'This invitation is no longer valid',
                text: 'It may have expired or been withdrawn. Ask the organisers for a new link.',
              }
            : { kind: 'failed', title: 'Could not join', text: `The server answered ${response.status}. Try again.` },
        );
      })
      .catch(() => {
        if (!controller.signal.aborted) {
          setState({ kind: 'failed', title: 'Could not reach the server', text: 'Check your connection and reload.' });
        }
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
