// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement, Fragment, type JSX, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { useMenuDismissal } from './useMenuDismissal.ts';

const page = mountedRoot();

function Menu({ name }: { name: string }): JSX.Element {
  const ref = useRef<HTMLDetailsElement>(null);
  useMenuDismissal(ref);
  return createElement(
    'details',
    { ref, 'data-menu': name },
    createElement('summary', null, name),
    createElement('button', { type: 'button' }, `${name} item`),
  );
}

function menu(name: string): HTMLDetailsElement {
  const details = page.container.querySelector<HTMLDetailsElement>(`[data-menu="${name}"]`);
  if (details === null) throw new Error(`no menu ${name}`);
  return details;
}

async function open(details: HTMLDetailsElement): Promise<void> {
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

describe('useMenuDismissal', () => {
  // By keyboard, Tab from the open lifecycle menu to Export and Enter left both open, Export's list over the other's.
  it('closes a top bar menu when another one opens, and leaves other disclosures alone', async () => {
    page.render(
      createElement(
        Fragment,
        null,
        createElement(Menu, { name: 'lifecycle' }),
        createElement(Menu, { name: 'export' }),
        createElement('details', { 'data-menu': 'outline' }, createElement('summary', null, 'What the marks mean')),
      ),
    );
    await open(menu('lifecycle'));
    await open(menu('outline'));
    expect(menu('lifecycle').open).toBe(true);

    await open(menu('export'));
    expect(menu('lifecycle').open).toBe(false);
    expect(menu('export').open).toBe(true);
    expect(menu('outline').open).toBe(true);

    await open(menu('lifecycle'));
    expect(menu('export').open).toBe(false);
    expect(menu('lifecycle').open).toBe(true);
  });

  // By keyboard, Tab past the last item (or Shift+Tab past the button) left the menu open over the page.
  it('closes when focus moves outside it, not while it moves inside it or stays', async () => {
    page.render(
      createElement(
        Fragment,
        null,
        createElement(Menu, { name: 'export' }),
        createElement('button', { type: 'button', 'data-after': '' }, 'after'),
      ),
    );
    const details = menu('export');
    await open(details);
    const item = details.querySelector('button') as HTMLButtonElement;
    await act(async () => {
      details.querySelector('summary')?.focus();
      item.focus();
    });
    expect(details.open).toBe(true);
    await act(async () => {
      page.container.querySelector<HTMLButtonElement>('[data-after]')?.focus();
    });
    expect(details.open).toBe(false);
    expect(document.activeElement?.hasAttribute('data-after')).toBe(true);
  });
});
