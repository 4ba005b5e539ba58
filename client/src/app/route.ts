export type Route =
  | { kind: 'consultation'; consultationId: string }
  /** The room screen for the projector: `/c/<id>/screen`. */
  | { kind: 'screen'; consultationId: string }
  | { kind: 'join' }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found' };

export const DEFAULT_CONSULTATION = 'demo';

const CONSULTATION_PATH = /^\/c\/([A-Za-z0-9][A-Za-z0-9_-]{0,63})\/?$/;
const SCREEN_PATH = /^\/c\/([A-Za-z0-9][A-Za-z0-9_-]{0,63})\/screen\/?$/;

/** `/` -> `/c/demo`; `/c/<id>` opens a consultation, `/c/<id>/screen` its room screen; `/join#token=...` is an invitation link. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { kind: 'redirect', to: `/c/${DEFAULT_CONSULTATION}` };
  if (pathname === '/join' || pathname === '/join/') return { kind: 'join' };
  const match = CONSULTATION_PATH.exec(pathname);
  if (match?.[1] !== undefined) return { kind: 'consultation', consultationId: match[1] };
  const screen = SCREEN_PATH.exec(pathname);
  if (screen?.[1] !== undefined) return { kind: 'screen', consultationId: screen[1] };
  return { kind: 'not-found' };
}
