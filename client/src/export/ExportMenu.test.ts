// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { DEFAULT_FILTERS } from '../comments/commentFilters.ts';
import { ExportMenu } from './ExportMenu.tsx';

// The list's chunk is held back, as on a slow link, until released.
const chunk = vi.hoisted(() => {
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { arrived, release };
});
vi.mock('./ExportMenuList.tsx', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

const page = mountedRoot();

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

function part<T extends Element>(selector: string): T {
  const element = page.container.querySelector<T>(selector);
  if (element === null) throw new Error(`no ${selector}`);
  return element;
}

describe('ExportMenu', () => {
  // The list loads in a chunk of its own: opened before it arrived, the menu showed nothing at all.
  it('shows a busy menu while its list loads, leaves focus on its button, and fills in when the list arrives', async () => {
    page.render(createElement(ExportMenu, { consultationId: 'demo', filters: DEFAULT_FILTERS, ready: false }));
    const details = part<HTMLDetailsElement>('details');
    const summary = part<HTMLElement>('summary');
    summary.focus();
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });

    const busy = part<HTMLElement>('.rt-export__menu');
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(busy.getAttribute('aria-label')).toBe('Export');
    expect(busy.textContent).toBe('Loading…');
    // Nothing in it to Tab to or choose: the keyboard goes on from the button as with the menu closed.
    expect(busy.querySelectorAll(FOCUSABLE)).toHaveLength(0);
    expect(document.activeElement).toBe(summary);

    chunk.release();
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(page.container.querySelectorAll('.rt-export__menu a[href]').length).toBeGreaterThan(0);
    });
    expect(part('.rt-export__menu').hasAttribute('aria-busy')).toBe(false);
    expect(page.container.textContent).not.toContain('Loading…');
    expect(document.activeElement).toBe(summary);
  });
});
