import { useLayoutEffect, useRef } from 'react';

interface CancelWhileLoadingProps {
  /** Closes what was being opened: afterwards the owner's state says it is not open. */
  onCancel: () => void;
}

/**
 * The Suspense fallback of a dialog whose code is still loading (`deferred`
 * asks for it again until it arrives, however long that takes). It shows
 * nothing; while it is there, Escape, a press anywhere or focus moving to
 * another element cancel the opening, so the dialog does not open later and
 * take the keyboard from wherever the person went. Nothing else would: the
 * dialog's own handlers (`Modal`) are not there yet, and they take over once
 * its code is.
 *
 * @example
 * <Suspense fallback={<CancelWhileLoading onCancel={close} />}>
 *   <LazyVersionsDialog onClose={close} />
 * </Suspense>
 */
export function CancelWhileLoading({ onCancel }: CancelWhileLoadingProps): null {
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  // A layout effect, so that it listens from the frame the opening starts in, not one later.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') cancel.current();
    };
    // A press on the opener itself cancels too, and its click then opens again.
    const onPointerDown = (): void => cancel.current();
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target !== focused) cancel.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('focusin', onFocusIn, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('focusin', onFocusIn, true);
    };
  }, []);
  return null;
}
