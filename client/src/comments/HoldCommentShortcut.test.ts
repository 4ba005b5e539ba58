// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement, type JSX, lazy, Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import type { CommentTarget } from './commentTarget.ts';
import { type HeldCommentShortcut, HoldCommentShortcut } from './HoldCommentShortcut.tsx';
import { useCommentShortcut } from './useCommentShortcut.ts';

const page = mountedRoot();
const SELECTED: CommentTarget = { indicatorId: '2.4' };

let editorRoot: HTMLElement;
beforeEach(() => {
  editorRoot = document.createElement('div');
  editorRoot.contentEditable = 'true';
  editorRoot.tabIndex = 0;
  document.body.append(editorRoot);
  editorRoot.focus();
});
afterEach(() => editorRoot.remove());

interface LayerProps {
  held: HeldCommentShortcut;
  /** The layer's shortcut is on (may comment, the draft synced); true unless given. */
  enabled?: boolean;
  getRoot: () => HTMLElement | null;
  onCompose: (target: CommentTarget) => void;
}

/** The comment layer, reduced to its shortcut, the selection being indicator 2.4. */
function Layer({ held, getRoot, onCompose, enabled = true }: LayerProps): null {
  useCommentShortcut({
    enabled,
    getRoot,
    targetOfSelection: () => SELECTED,
    getIndicatorInView: () => null,
    onCompose,
    held,
  });
  return null;
}

/**
 * The draft as the page has it while the comment layer's code is on its way:
 * the editor, the stand-in as the boundary's fallback, and the layer once
 * `arrive` lets its code arrive.
 */
async function draftWithLayerLoading(onCompose: (target: CommentTarget) => void, enabled = true) {
  let release: () => void = () => {};
  const held: HeldCommentShortcut = { current: false };
  const getRoot = () => editorRoot;
  const LazyLayer = lazy(
    () =>
      new Promise<{ default: (props: LayerProps) => JSX.Element | null }>((resolve) => {
        release = () => resolve({ default: Layer });
      }),
  );
  page.render(
    createElement(
      Suspense,
      { fallback: createElement(HoldCommentShortcut, { held, enabled, getRoot }) },
      createElement(LazyLayer, { held, getRoot, onCompose }),
    ),
  );
  await act(async () => {});
  return {
    held,
    async arrive() {
      release();
      await act(async () => {});
      await act(async () => {});
    },
  };
}

function pressShortcut(on: EventTarget = editorRoot): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key: 'm',
    code: 'KeyM',
    ctrlKey: true,
    altKey: true,
    bubbles: true,
    cancelable: true,
  });
  on.dispatchEvent(event);
  return event;
}

/** The stand-in alone (no layer yet), with Ctrl+Alt+M pressed in the editor and held. */
async function pressedBeforeTheLayer(): Promise<{ held: HeldCommentShortcut; getRoot: () => HTMLElement }> {
  const held: HeldCommentShortcut = { current: false };
  const getRoot = () => editorRoot;
  page.render(createElement(HoldCommentShortcut, { held, enabled: true, getRoot }));
  await act(async () => {});
  pressShortcut();
  expect(held.current).toBe(true);
  return { held, getRoot };
}

describe('HoldCommentShortcut', () => {
  it('holds Ctrl+Alt+M pressed before the comment layer arrived, and the layer opens the composer once it has', async () => {
    const onCompose = vi.fn();
    const draft = await draftWithLayerLoading(onCompose);
    const event = pressShortcut();
    // Kept from the editor, which would otherwise take the keys.
    expect(event.defaultPrevented).toBe(true);
    expect(onCompose).not.toHaveBeenCalled();
    await draft.arrive();
    expect(onCompose).toHaveBeenCalledTimes(1);
    expect(onCompose).toHaveBeenCalledWith(SELECTED);
    expect(draft.held.current).toBe(false);
    // And the layer answers the next press itself, once.
    pressShortcut();
    expect(onCompose).toHaveBeenCalledTimes(2);
  });

  it('drops what it holds on Escape, typing on, a press anywhere, the wheel, or focus moving on, as for a dialog still loading', async () => {
    for (const cancel of ['Escape', 'a', 'pointerdown', 'wheel', 'focus'] as const) {
      const onCompose = vi.fn();
      const draft = await draftWithLayerLoading(onCompose);
      pressShortcut();
      const elsewhere = document.createElement('button');
      document.body.append(elsewhere);
      // A modifier alone (the next shortcut's first key) keeps it.
      editorRoot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true, bubbles: true }));
      expect(draft.held.current, cancel).toBe(true);
      if (cancel === 'Escape' || cancel === 'a')
        editorRoot.dispatchEvent(new KeyboardEvent('keydown', { key: cancel, bubbles: true }));
      if (cancel === 'pointerdown') document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      // Scrolling on: with nothing selected the composer would open on the indicator scrolled to, not the one seen.
      if (cancel === 'wheel') editorRoot.dispatchEvent(new WheelEvent('wheel', { deltaY: 300, bubbles: true }));
      if (cancel === 'focus') elsewhere.focus();
      await draft.arrive();
      expect(onCompose, cancel).not.toHaveBeenCalled();
      elsewhere.remove();
      editorRoot.focus();
    }
  });

  it('leaves the keys alone for someone who may not comment, and in a field outside the editor', async () => {
    const onCompose = vi.fn();
    const refused = await draftWithLayerLoading(onCompose, false);
    expect(pressShortcut().defaultPrevented).toBe(false);
    expect(refused.held.current).toBe(false);

    const field = document.createElement('input');
    document.body.append(field);
    const draft = await draftWithLayerLoading(onCompose);
    field.focus();
    expect(pressShortcut(field).defaultPrevented).toBe(false);
    expect(draft.held.current).toBe(false);
    field.remove();
  });

  it('drops the press when the layer arrives disabled (the draft not synced), not opening the composer once it syncs', async () => {
    const onCompose = vi.fn();
    const { held, getRoot } = await pressedBeforeTheLayer();
    // The layer arrives while its shortcut is off (the draft has not synced: a refused change, a slow server)...
    page.render(createElement(Layer, { held, getRoot, onCompose, enabled: false }));
    await act(async () => {});
    // ... and is turned on minutes later, after the person clicked and typed on: no composer out of nowhere.
    page.render(createElement(Layer, { held, getRoot, onCompose, enabled: true }));
    await act(async () => {});
    expect(onCompose).not.toHaveBeenCalled();
    expect(held.current).toBe(false);
  });

  it('drops a held press when the stand-in is turned off before the layer arrives (the draft resyncing after a refusal)', async () => {
    const onCompose = vi.fn();
    const { held, getRoot } = await pressedBeforeTheLayer();
    page.render(createElement(HoldCommentShortcut, { held, enabled: false, getRoot }));
    await act(async () => {});
    page.render(createElement(Layer, { held, getRoot, onCompose }));
    await act(async () => {});
    expect(onCompose).not.toHaveBeenCalled();
  });
});
