import { type RefObject, useEffect } from 'react';

/**
 * Closes a `<details>` menu of the top bar the way menus close: on Escape
 * (focus goes back to its `<summary>` when it was inside the menu) and on a
 * press anywhere outside it. Opening stays the `<summary>`'s own doing, so
 * the menu works by keyboard and pointer before and without this hook.
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
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, [ref]);
}
