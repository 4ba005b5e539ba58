// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement, type JSX } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnMount } from './useFocusOnMount.ts';

function Field(): JSX.Element {
  const ref = useFocusOnMount<HTMLInputElement>();
  return createElement('input', { ref, 'aria-label': 'statement' });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('useFocusOnMount', () => {
  it('focuses a field added to a page already shown (a form opened by a click)', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    act(() => root.render(createElement(Field)));
    expect(document.activeElement).toBe(container.querySelector('input'));
    act(() => root.unmount());
  });
});
