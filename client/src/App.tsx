import { type JSX, Suspense, useCallback, useEffect, useState } from 'react';
import { ConsultationPage } from './app/ConsultationPage.tsx';
import { deferred } from './app/deferred.tsx';
import { JoinPage } from './app/JoinPage.tsx';
import { NotFound } from './app/NotFound.tsx';
import { parseRoute } from './app/route.ts';
import { useT } from './i18n/useI18n.ts';
import { withLaterMessages } from './i18n/withLaterMessages.ts';

/** The projector's screen is another page: its code loads only there. */
// `deferred` asks again for code or messages that could not be fetched (React.lazy kept the failure: a blank screen).
const RoomScreen = deferred(() =>
  withLaterMessages(import('./screen/RoomScreen.tsx')).then((m) => m.RoomScreen),
).Component;

export function App(): JSX.Element | null {
  const t = useT();
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));

  const navigate = useCallback((to: string) => {
    window.history.replaceState(null, '', to);
    setRoute(parseRoute(new URL(to, window.location.href).pathname));
  }, []);

  const onJoined = useCallback(
    (consultationId: string) => navigate(`/c/${encodeURIComponent(consultationId)}`),
    [navigate],
  );

  useEffect(() => {
    const onPop = (): void => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (route.kind === 'redirect') navigate(route.to);
  }, [route, navigate]);

  switch (route.kind) {
    case 'redirect':
      return null;
    case 'join':
      return <JoinPage onJoined={onJoined} />;
    case 'not-found':
      return <NotFound message={t('app.notFound.noPage')} />;
    case 'screen':
      return (
        <Suspense fallback={null}>
          <RoomScreen key={route.consultationId} consultationId={route.consultationId} />
        </Suspense>
      );
    case 'consultation':
      // A new consultation is a new editor, provider and document: remount everything.
      return <ConsultationPage key={route.consultationId} consultationId={route.consultationId} />;
  }
}
