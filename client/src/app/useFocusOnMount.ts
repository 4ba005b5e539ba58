import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * A ref that focuses its element once, when the element is first shown: what
 * React DOM's `autoFocus` did. The client runs on preact/compat
 * (client/preactAliases.ts), which only writes the `autofocus` attribute, and
 * browsers honour that on page load and in a dialog being opened, not on an
 * element added to a page already shown (a form opened by a click).
 *
 * @example
 * const inputRef = useFocusOnMount<HTMLInputElement>();
 * return <input ref={inputRef} />;
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
