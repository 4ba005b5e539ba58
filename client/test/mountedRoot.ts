import { act } from 'preact/test-utils';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

/**
 * For a test file in happy-dom: a root in a fresh element of the page for
 * each test, unmounted and removed after it. `render` renders inside `act`
 * (the client runs on preact/compat, client/preactAliases.ts, whose `act` is
 * in preact/test-utils), so effects have run when it returns. `renderNow`
 * renders as the browser would: when it returns, layout effects have run and
 * plain effects have not (preact runs them after the next frame), which is
 * what a key pressed right after sees.
 */
export function mountedRoot(): {
  readonly container: HTMLElement;
  render(node: ReactNode): void;
  renderNow(node: ReactNode): void;
} {
  let container: HTMLElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
  });
  return {
    get container() {
      if (container === null) throw new Error('mountedRoot: used outside a test');
      return container;
    },
    render(node) {
      act(() => root?.render(node));
    },
    renderNow(node) {
      root?.render(node);
    },
  };
}
