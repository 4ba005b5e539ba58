// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';

// The dialog's chunk is held back, as on a slow link, until released.
const chunk = vi.hoisted(() => {
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { arrived, release };
});
vi.mock('./ShortcutsDialog.tsx', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

const page = mountedRoot();

function helpButton(): HTMLButtonElement {
  const button = page.container.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]');
  if (button === null) throw new Error('no "?" button');
  return button;
}

describe('ShortcutsHelp', () => {
  // Asked for before its code arrived, the button said it was expanded and named a dialog not in the page.
  it('is expanded and names its dialog only once the dialog is in the page', async () => {
    page.render(createElement(ShortcutsHelp));
    await act(async () => helpButton().click());
    expect(helpButton().getAttribute('aria-expanded')).toBe('false');
    expect(helpButton().hasAttribute('aria-controls')).toBe(false);

    chunk.release();
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(helpButton().getAttribute('aria-expanded')).toBe('true');
    });
    const controlled = document.getElementById(helpButton().getAttribute('aria-controls') ?? '');
    expect(controlled?.textContent).toContain('Keyboard shortcuts');
  });
});
