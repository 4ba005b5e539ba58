// @vitest-environment happy-dom
import type { ConsultationStatus } from '@roundtable/profile';
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { ApiRequestError } from '../app/apiRequest.ts';
import { setLanguage } from '../i18n/i18nStore.ts';
import { LifecycleControl } from './LifecycleControl.tsx';
import type { Lifecycle } from './useLifecycle.ts';

const page = mountedRoot();

function lifecycleIn(status: ConsultationStatus, move: Lifecycle['move'] = async () => {}): Lifecycle {
  return { status, history: [], closed: status === 'validated' || status === 'published', move };
}

function part<T extends Element>(selector: string): T {
  const element = page.container.querySelector<T>(selector);
  if (element === null) throw new Error(`no ${selector}`);
  return element;
}

function moveButton(label: string): HTMLButtonElement {
  const button = [...page.container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === label);
  if (button === undefined) throw new Error(`no button ${label}`);
  return button;
}

async function openMenu(): Promise<HTMLDetailsElement> {
  const details = part<HTMLDetailsElement>('details');
  await act(async () => {
    details.open = true;
  });
  return details;
}

/** Renders the control with the panels ready, and waits for a facilitator's menu (its own chunk) when it has moves. */
async function show(lifecycle: Lifecycle, mayMove: boolean, ready = true): Promise<void> {
  await act(async () => {
    page.render(createElement(LifecycleControl, { lifecycle, mayMove, ready }));
  });
  if (!mayMove || !ready || lifecycle.status === 'published') return;
  await vi.waitFor(async () => {
    await act(async () => {});
    part('details');
  });
}

/** A facilitator's "Back to draft" failing with `error`: the text shown below the status. */
async function alertAfterFailedMove(error: Error): Promise<string> {
  const move = vi.fn(async () => {
    throw error;
  });
  await show(lifecycleIn('in-consultation', move), true);
  await openMenu();
  await act(async () => moveButton('Back to draft').click());
  await vi.waitFor(() => expect(page.container.querySelector('[role="alert"]')).not.toBeNull());
  return part('[role="alert"]').textContent ?? '';
}

afterEach(() => vi.unstubAllGlobals());

describe('LifecycleControl', () => {
  it("gives a facilitator the next moves in the status's menu, and closes it on a choice", async () => {
    const move = vi.fn(async () => {});
    await show(lifecycleIn('in-consultation', move), true);
    const status = part<HTMLElement>('summary[data-testid="lifecycle-status"]');
    expect(status.textContent).toBe('In consultation');
    const list = part<HTMLElement>('.rt-lifecycle__moves');
    expect(list.getAttribute('aria-label')).toBe("Change the consultation's status");
    expect([...list.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Back to draft', 'Mark validated']);

    const details = await openMenu();
    await act(async () => moveButton('Back to draft').click());
    expect(move).toHaveBeenCalledWith('draft');
    expect(details.open).toBe(false);
  });

  it('asks before a move that closes the draft, and moves only when confirmed', async () => {
    const move = vi.fn(async () => {});
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    await show(lifecycleIn('in-consultation', move), true);
    await openMenu();
    await act(async () => moveButton('Mark validated').click());
    expect(move).not.toHaveBeenCalled();
    await openMenu();
    await act(async () => moveButton('Mark validated').click());
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(move).toHaveBeenCalledWith('validated');
  });

  it('closes on Escape with focus back on the status, and on a press outside', async () => {
    await show(lifecycleIn('validated'), true);
    const status = part<HTMLElement>('summary');
    const details = await openMenu();
    moveButton('Mark published').focus();
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(status);

    await openMenu();
    await act(async () => {
      document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    expect(details.open).toBe(false);
  });

  it('shows everyone else the status alone, with nothing to press', async () => {
    await show(lifecycleIn('in-consultation'), false);
    expect(part('[data-testid="lifecycle-status"]').textContent).toBe('In consultation');
    expect(page.container.querySelector('details')).toBeNull();
    expect(page.container.querySelectorAll('button')).toHaveLength(0);
  });

  it('says why a move failed, next to the status', async () => {
    const move = vi.fn(async () => {
      throw new Error('network down');
    });
    await show(lifecycleIn('draft', move), true);
    await openMenu();
    await act(async () => moveButton('Mark in consultation').click());
    await vi.waitFor(() => expect(page.container.querySelector('[role="alert"]')).not.toBeNull());
  });

  // The menu's code comes with the panels: until then the status is the plain tag a participant sees.
  it("shows a facilitator the plain status until the panels are ready, then the status's menu", async () => {
    await show(lifecycleIn('in-consultation'), true, false);
    expect(part('[data-testid="lifecycle-status"]').textContent).toBe('In consultation');
    expect(page.container.querySelector('details')).toBeNull();
    await show(lifecycleIn('in-consultation'), true, true);
    expect(part('summary[data-testid="lifecycle-status"]').textContent).toBe('In consultation');
  });

  // After a choice by keyboard focus was on nothing (the chosen item hid with the menu): the next Tab started over.
  it('gives focus back to the status after a choice, also when the move is not confirmed', async () => {
    const move = vi.fn(async () => {});
    vi.stubGlobal(
      'confirm',
      vi.fn(() => false),
    );
    await show(lifecycleIn('in-consultation', move), true);
    const status = part<HTMLElement>('summary');
    await openMenu();
    moveButton('Mark validated').focus();
    await act(async () => moveButton('Mark validated').click());
    expect(move).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(status);

    await openMenu();
    moveButton('Back to draft').focus();
    await act(async () => moveButton('Back to draft').click());
    expect(move).toHaveBeenCalledWith('draft');
    expect(document.activeElement).toBe(status);
  });

  // Another facilitator's move changed the items under the pointer ("Back to draft" became "Mark in consultation"),
  // and the item that had focus went away with it.
  it("closes when another facilitator's move changes the status, with focus on the status", async () => {
    const render = (status: ConsultationStatus) =>
      page.render(createElement(LifecycleControl, { lifecycle: lifecycleIn(status), mayMove: true, ready: true }));
    await show(lifecycleIn('in-consultation'), true);
    const details = await openMenu();
    moveButton('Mark validated').focus();
    render('validated');
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(part('summary'));

    // Published has no moves: the status is a plain tag, which takes the focus the menu had.
    await openMenu();
    moveButton('Mark published').focus();
    render('published');
    expect(page.container.querySelector('details')).toBeNull();
    expect(document.activeElement).toBe(part('[data-testid="lifecycle-status"]'));
  });

  it("leaves focus where it is when the status changes and focus was not in the status's menu", async () => {
    const elsewhere = document.body.appendChild(document.createElement('button'));
    try {
      await show(lifecycleIn('in-consultation'), true);
      elsewhere.focus();
      await show(lifecycleIn('validated'), true);
      expect(document.activeElement).toBe(elsewhere);
    } finally {
      elsewhere.remove();
    }
  });

  it("says in the person's words that the status changed meanwhile when the server refuses the move, without its English reason", async () => {
    const text = await alertAfterFailedMove(new ApiRequestError(409, 'conflict', 'the consultation is already draft'));
    expect(text).toMatch(/^Not changed: the status had already been changed meanwhile/);
    expect(text).not.toContain('already draft');
  });

  it('says why a move was refused in the language switched to while the message shows', async () => {
    const move = vi.fn(async () => {
      throw new ApiRequestError(409, 'conflict', 'the consultation is already draft');
    });
    await show(lifecycleIn('in-consultation', move), true);
    await openMenu();
    await act(async () => moveButton('Back to draft').click());
    await vi.waitFor(() => expect(page.container.querySelector('[role="alert"]')).not.toBeNull());
    try {
      await act(async () => setLanguage('ru', false));
      expect(part('[role="alert"]').textContent).toMatch(/^Не изменено/);
    } finally {
      await act(async () => setLanguage('en', false));
    }
  });

  it("keeps a failed request's own message for what is not a refused move", async () => {
    const text = await alertAfterFailedMove(new ApiRequestError(429, 'rate_limited', 'slow down'));
    expect(text).toMatch(/^Too many requests/);
  });

  it("takes a failed move's message away when the menu opens again, and on Escape", async () => {
    const move = vi.fn(async () => {
      throw new Error('network down');
    });
    await show(lifecycleIn('draft', move), true);
    const alert = () => page.container.querySelector('[role="alert"]');
    await openMenu();
    await act(async () => moveButton('Mark in consultation').click());
    await vi.waitFor(() => expect(alert()).not.toBeNull());
    await openMenu();
    expect(alert()).toBeNull();

    await act(async () => moveButton('Mark in consultation').click());
    await vi.waitFor(() => expect(alert()).not.toBeNull());
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(alert()).toBeNull();
  });
});
