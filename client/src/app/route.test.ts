import { describe, expect, it } from 'vitest';
import { parseRoute } from './route.ts';

describe('parseRoute', () => {
  it('sends / to the demo consultation', () => {
    expect(parseRoute('/')).toEqual({ kind: 'redirect', to: '/c/demo' });
  });

  it('opens /c/<id> with or without a trailing slash', () => {
    expect(parseRoute('/c/demo')).toEqual({ kind: 'consultation', consultationId: 'demo' });
    expect(parseRoute('/c/veloria-2026/')).toEqual({ kind: 'consultation', consultationId: 'veloria-2026' });
  });

  it('opens the room screen of a consultation', () => {
    expect(parseRoute('/c/demo/screen')).toEqual({ kind: 'screen', consultationId: 'demo' });
    expect(parseRoute('/c/demo/screen/')).toEqual({ kind: 'screen', consultationId: 'demo' });
    expect(parseRoute('/c/demo/elsewhere')).toEqual({ kind: 'not-found' });
  });

  it('recognises invitation links', () => {
    expect(parseRoute('/join')).toEqual({ kind: 'join' });
  });

  it('refuses ids that could not name a room', () => {
    expect(parseRoute('/c/a:draft')).toEqual({ kind: 'not-found' });
    expect(parseRoute('/c/../x')).toEqual({ kind: 'not-found' });
    expect(parseRoute('/elsewhere')).toEqual({ kind: 'not-found' });
  });
});
