// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement, type JSX, lazy, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { CancelWhileLoading } from './CancelWhileLoading.tsx';

const page = mountedRoot();

/** A dialog whose code never arrives, as while the server is away. */
const NeverLoaded = lazy(() => new Promise<{ default: () => JSX.Element }>(() => {}));

/** Waits for preact/compat to render the boundary's fallback (it does so in a later render). */
async function openLoading(onCancel: () => void): Promise<void> {
  page.render(
    createElement(Suspense, { fallback: createElement(CancelWhileLoading, { onCancel }) }, createElement(NeverLoaded)),
  );
  await act(async () => {});
}

function press(key: string): void {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

describe('CancelWhileLoading', () => {
  it('cancels the opening on Escape while the dialog’s code loads, and not on other keys', async () => {
    const onCancel = vi.fn();
    await openLoading(onCancel);
    press('a');
    expect(onCancel).not.toHaveBeenCalled();
    press('Escape');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('cancels the opening on a press anywhere (into the draft, on the way to typing there)', async () => {
    const onCancel = vi.fn();
    await openLoading(onCancel);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('cancels the opening when focus moves on (Tab to another control), not when it comes back to the opener', async () => {
    const opener = document.createElement('button');
    const next = document.createElement('button');
    document.body.append(opener, next);
    opener.focus();
    const onCancel = vi.fn();
    await openLoading(onCancel);
    // As when the window is left and come back to: focus returns to the opener.
    opener.blur();
    opener.focus();
    expect(onCancel).not.toHaveBeenCalled();
    next.focus();
    expect(onCancel).toHaveBeenCalledTimes(1);
    opener.remove();
    next.remove();
  });

  it('stops listening once the boundary is gone', async () => {
    const onCancel = vi.fn();
    await openLoading(onCancel);
    page.render(null);
    press('Escape');
    expect(onCancel).not.toHaveBeenCalled();
  });
});
