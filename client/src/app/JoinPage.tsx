import { type JSX, useEffect, useState } from 'react';
import { type JoinOutcome, joinWithToken, tokenFromHash } from './joinWithToken.ts';

type JoinState = { kind: 'joining' } | (JoinOutcome & { kind: 'failed' });

const INCOMPLETE: JoinState = {
  kind: 'failed',
  title: 'This link is incomplete',
  text: 'Copy the whole invitation link from your message, including the part after “#”.',
};

/**
 * `/join#token=...`: trades the invitation token for the session cookie
 * (`POST /api/join`), then opens the consultation the invitation is for.
 */
export function JoinPage({ onJoined }: { onJoined: (consultationId: string) => void }): JSX.Element {
  const [state, setState] = useState<JoinState>({ kind: 'joining' });

  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (token === null) {
      setState(INCOMPLETE);
      return;
    }
    const controller = new AbortController();
    joinWithToken(token, controller.signal).then(
      (outcome) => (outcome.kind === 'joined' ? onJoined(outcome.consultationId) : setState(outcome)),
      () => {
        // Aborted: the page is gone.
      },
    );
    return () => controller.abort();
  }, [onJoined]);

  return (
    <main className="rt-notfound">
      <div className="rt-notfound__card" role={state.kind === 'failed' ? 'alert' : 'status'}>
        <p className="rt-brand">Roundtable</p>
        <h1>{state.kind === 'joining' ? 'Joining the consultation…' : state.title}</h1>
        <p>{state.kind === 'joining' ? 'Checking your invitation.' : state.text}</p>
      </div>
    </main>
  );
}
