import { type ComponentType, type JSX, lazy, useState } from 'react';
import { retryImport } from './retryImport.ts';

/** A component whose code loads on demand, and the function that loads it ahead of time. */
export interface Deferred<P extends object> {
  Component: (props: P) => JSX.Element;
  /** Loads the code (asking again until it arrives, `retryImport`); later renders need no Suspense. */
  preload: () => Promise<void>;
}

/**
 * `load`'s component behind a Suspense boundary until its code is there.
 * Unlike `React.lazy` alone, a component preloaded beforehand renders at once
 * on its first render, without showing the fallback for a frame (a keyboard
 * user's next Tab would land past a panel that is not there yet). Each
 * mounted instance keeps the way it started, so it is never remounted.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    pending ??= retryImport(load).then((component) => {
      loaded = component;
    });
    return pending;
  };
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per module at its top level, as React.lazy is
  function Component(props: P): JSX.Element {
    const [Loaded] = useState(() => loaded);
    return Loaded === undefined ? <Lazy {...props} /> : <Loaded {...props} />;
  }
  return { Component, preload };
}
