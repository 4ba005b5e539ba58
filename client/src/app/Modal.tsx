import { type CSSProperties, type JSX, type ReactNode, useLayoutEffect, useRef } from 'react';

interface ModalProps {
  /** The id of the dialog's title. */
  labelledBy?: string;
  /** The dialog's name, when it shows no title. */
  label?: string;
  /** Escape (and, with `closeOnOutsideClick`, a click outside) asks for this; without it the dialog stays open. */
  onClose?: (() => void) | undefined;
  /** A click on the backdrop closes the dialog, as it would a popover. */
  closeOnOutsideClick?: boolean;
  /** `rt-dialog--popover` places the dialog with `style` and shows no backdrop. */
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` opened with `showModal()`: the
 * browser keeps focus inside, makes the rest of the page inert, turns Escape
 * into a close request, and gives focus back to the element that had it when
 * the dialog opened. Mounted means open: the owner renders it while it should
 * show and unmounts it from `onClose`.
 */
export function Modal(props: ModalProps): JSX.Element {
  const { labelledBy, label, closeOnOutsideClick = false, className, style, children } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  const outsideCloses = useRef(closeOnOutsideClick);
  outsideCloses.current = closeOnOutsideClick;

  // A layout effect: its cleanup runs before React removes the element, and only `close()` on an
  // element still in the page gives focus back to the opener. The listeners go first, so the
  // `close` event of that last `close()` finds none.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    // A dialog that must be answered keeps Escape from becoming a close request at all.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && onClose.current === undefined) event.preventDefault();
    };
    // The dialog closes only by being unmounted, so that its owner's state always says whether it is open.
    const onCancel = (event: Event): void => {
      event.preventDefault();
      onClose.current?.();
    };
    // Chromium closes without a cancelable `cancel` when Escape comes again with no click or typing between:
    // ask the owner, or open again.
    const onClosed = (): void => {
      if (onClose.current !== undefined) onClose.current();
      else if (dialog.isConnected && !dialog.open) dialog.showModal();
    };
    const onPointerDown = (event: PointerEvent): void => {
      if (outsideCloses.current && event.target === dialog) onClose.current?.();
    };
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClosed);
    dialog.addEventListener('pointerdown', onPointerDown);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClosed);
      dialog.removeEventListener('pointerdown', onPointerDown);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className === undefined ? 'rt-dialog' : `rt-dialog ${className}`}
      aria-labelledby={labelledBy}
      aria-label={label}
      style={style}
    >
      {children}
    </dialog>
  );
}
