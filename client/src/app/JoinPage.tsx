import { type JSX, useEffect, useState } from 'react';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useT } from '../i18n/useI18n.ts';
import { BRAND_NAME } from './brandName.ts';
import { type JoinOutcome, joinWithToken, tokenFromHash } from './joinWithToken.ts';

type JoinState = { kind: 'joining' } | (JoinOutcome & { kind: 'failed' });

const INCOMPLETE: JoinState = {
  kind: 'failed',
  title: 'app.join.incomplete.title',
  text: 'app.join.incomplete.text',
  status: 0,
};

/**
 * `/join#token=...`: trades the invitation token for the session cookie
 * (`POST /api/join`), then opens the consultation the invitation is for.
 */
export function JoinPage({ onJoined }: { onJoined: (consultationId: string) => void }): JSX.Element {
  const t = useT();
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
      <LanguageSwitch className="rt-notfound__language" />
      <div className="rt-notfound__card" role={state.kind === 'failed' ? 'alert' : 'status'}>
        <p className="rt-brand">{BRAND_NAME}</p>
        <h1>{state.kind === 'joining' ? t('app.join.joining.title') : t(state.title)}</h1>
        <p>{state.kind === 'joining' ? t('app.join.joining.text') : t(state.text, { status: state.status })}</p>
      </div>
    </main>
  );
}
