import { useCallback, useEffect, useRef, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { translate } from '../i18n/useI18n.ts';

export interface AsyncAction<A extends unknown[]> {
  run: (...args: A) => Promise<boolean>;
  pending: boolean;
  error: string | null;
  clearError: () => void;
}

/** Runs a request for a form: tracks it, keeps the error message to show, ignores answers after unmount. */
export function useAsyncAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>): AsyncAction<A> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  const actionRef = useRef(action);
  actionRef.current = action;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async (...args: A) => {
    setPending(true);
    setError(null);
    try {
      await actionRef.current(...args);
      return true;
    } catch (e) {
      if (mounted.current) setError(errorLineOf(translate, e, 'comments.error.generic'));
      return false;
    } finally {
      if (mounted.current) setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
