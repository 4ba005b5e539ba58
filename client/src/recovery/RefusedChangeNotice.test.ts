// @vitest-environment happy-dom
import { CloseCode } from '@roundtable/protocol';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { RefusedChangeNotice } from './RefusedChangeNotice.tsx';
import type { RefusedChange } from './useDraftRecovery.ts';

const page = mountedRoot();

const change: RefusedChange = {
  code: CloseCode.UpdateRefused,
  reason: 'refused: the finding of indicator 3.2 is locked',
  unsaved: null,
};

function notice(shown: RefusedChange = change) {
  return createElement(RefusedChangeNotice, { change: shown, onDismiss: () => {} });
}

describe('RefusedChangeNotice', () => {
  // The editor the person typed in is remounted on a fresh document, so focus falls to the page. In a plain effect
  // (after the frame, under preact/compat) the keys typed meanwhile went to the page; the notice now has them at once.
  it('takes focus the moment it is shown when nothing has it (the editor typed in was replaced)', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    page.renderNow(notice());
    expect(document.activeElement?.id).toBe('rt-refused-title');
  });

  // A second refusal while the notice is open replaces the editor typed in again (focus falls to the page): the
  // notice, already shown, must take focus again, or the next keys go nowhere. It kept it only on its first refusal.
  it('takes focus again on a second refusal while it is open, when focus was lost again', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    page.render(notice());
    page.render(notice({ ...change, unsaved: [] }));
    (document.activeElement as HTMLElement | null)?.blur();
    page.renderNow(notice({ ...change, reason: 'refused: status of indicator 3.2 is set by facilitators' }));
    expect(document.activeElement?.id).toBe('rt-refused-title');
  });

  // The unsaved text arriving is no refusal: focus stays where the person put it meanwhile.
  it('does not take focus when the unsaved text arrives', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    page.render(notice());
    (document.activeElement as HTMLElement | null)?.blur();
    page.render(notice({ ...change, unsaved: [] }));
    expect(document.activeElement?.id).not.toBe('rt-refused-title');
  });

  // The refusal can come after the person moved on: their next keys must not go into the notice.
  it('leaves focus where someone is typing something else, and is read out as an alert', () => {
    const comment = document.createElement('textarea');
    document.body.append(comment);
    comment.focus();
    page.render(notice());
    expect(document.activeElement).toBe(comment);
    expect(page.container.querySelector('[role="alert"]')?.textContent).toContain('was not saved');
    comment.remove();
  });
});
