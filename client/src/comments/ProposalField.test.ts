// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { createElement, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mountedRoot } from '../../test/mountedRoot.ts';
import { ProposalField } from './ProposalField.tsx';

const page = mountedRoot();

/** The field as the composer holds it: closed until its link is used. */
function Holder({ startOpen }: { startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const [value, setValue] = useState('');
  return createElement(ProposalField, {
    open,
    onOpen: () => setOpen(true),
    value,
    onChange: setValue,
    onSelection: false,
  });
}

describe('ProposalField', () => {
  it('takes the focus from its link when opened (the link is gone: the focus would fall to the page)', () => {
    page.render(createElement(Holder, { startOpen: false }));
    const link = page.container.querySelector('button');
    link?.focus();
    act(() => link?.click());
    const field = page.container.querySelector('textarea');
    expect(field).not.toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('leaves the focus alone when it is shown open from the start', () => {
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    page.render(createElement(Holder, { startOpen: true }));
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
