// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { Modal } from './Modal.tsx';

const page = mountedRoot();

function render(onClose?: () => void): HTMLDialogElement {
  const props = { label: 'Test', onClose } as Parameters<typeof Modal>[0];
  page.render(createElement(Modal, props, createElement('button', { type: 'button' }, 'OK')));
  const dialog = page.container.querySelector('dialog');
  if (dialog === null) throw new Error('no dialog');
  return dialog;
}

function buttonIn(dialog: HTMLDialogElement): HTMLButtonElement {
  const button = dialog.querySelector('button');
  if (button === null) throw new Error('no button in the dialog');
  return button;
}

function cancel(dialog: HTMLDialogElement): Event {
  const event = new Event('cancel', { cancelable: true });
  act(() => {
    dialog.dispatchEvent(event);
  });
  return event;
}

describe('Modal', () => {
  it('opens as a modal dialog when mounted', () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const dialog = render();
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(true);
    showModal.mockRestore();
  });

  it('turns Escape into a request to its owner and stays open until the owner unmounts it', () => {
    const onClose = vi.fn();
    const dialog = render(onClose);
    const event = cancel(dialog);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    expect(dialog.open).toBe(true);
  });

  it('cannot be dismissed when it has no onClose (a question that must be answered)', () => {
    const dialog = render();
    expect(cancel(dialog).defaultPrevented).toBe(true);
    expect(dialog.open).toBe(true);
    // Escape is kept from becoming a close request: Chromium would not let a second one be cancelled.
    const escapeKey = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    buttonIn(dialog).dispatchEvent(escapeKey);
    expect(escapeKey.defaultPrevented).toBe(true);
  });

  it('lets Escape through to a dialog its owner may close', () => {
    const dialog = render(() => {});
    const escapeKey = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    buttonIn(dialog).dispatchEvent(escapeKey);
    expect(escapeKey.defaultPrevented).toBe(false);
  });

  // close() on an element still in the page is what gives focus back to the opener.
  it('closes the dialog before React removes it, without asking its owner again', () => {
    const onClose = vi.fn();
    const dialog = render(onClose);
    let connectedWhenClosed: boolean | null = null;
    const close = vi.spyOn(dialog, 'close').mockImplementation(function (this: HTMLDialogElement) {
      connectedWhenClosed = this.isConnected;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    });
    page.render(null);
    expect(close).toHaveBeenCalledTimes(1);
    expect(connectedWhenClosed).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
  });
});
