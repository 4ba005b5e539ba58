import { type RefObject, useEffect } from 'react';

/** The top bar's menus (Export, the lifecycle): one is open at a time. */
const menus = new Set<RefObject<HTMLDetailsElement | null>>();

/**
 * Closes a `<details>` menu of the top bar the way menus close: on Escape
 * (focus goes back to its `<summary>` when it was inside the menu), on a
 * press anywhere outside it, when focus moves to something outside it (Tab
 * past its last item or back past its button; leaving the window is not
 * moving focus), and when another of the top bar's menus opens.
 * Opening stays the `<summary>`'s own doing, so the menu works by keyboard
 * and pointer before and without this hook.
 */
export function useMenuDismissal(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const close = (event: Event): void => {
      const menu = ref.current;
      if (menu === null || !menu.open) return;
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && menu.contains(event.target as Node)) return;
      const hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (event instanceof KeyboardEvent && hadFocus) menu.querySelector('summary')?.focus();
    };
    const closeOnFocusOutside = (event: FocusEvent): void => {
      const menu = ref.current;
      if (menu === null || !menu.open || menu.contains(event.target as Node)) return;
      menu.open = false;
    };
    // `toggle` does not bubble: it reaches the document on the way down.
    const closeForAnother = (event: Event): void => {
      const menu = ref.current;
      const opened = event.target;
      if (menu === null || !menu.open || opened === menu) return;
      if (!(opened instanceof HTMLDetailsElement) || !opened.open) return;
      if ([...menus].some((other) => other.current === opened)) menu.open = false;
    };
    menus.add(ref);
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    document.addEventListener('focusin', closeOnFocusOutside);
    document.addEventListener('toggle', closeForAnother, true);
    return () => {
      menus.delete(ref);
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
      document.removeEventListener('focusin', closeOnFocusOutside);
      document.removeEventListener('toggle', closeForAnother, true);
    };
  }, [ref]);
}
