// @vitest-environment happy-dom
import { MAX_AGENDA_MINUTES, type MeetingOutline } from '@roundtable/meeting';
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountedRoot } from '../../../test/mountedRoot.ts';
import { AgendaEditor } from './AgendaEditor.tsx';

const outline: MeetingOutline = {
  sections: [],
  domains: [
    { code: 2, title: 'Whole of government', indicators: [{ id: '2.1', title: 'Lead agency', status: 'agreed' }] },
  ],
};

const page = mountedRoot();

function type(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('AgendaEditor', () => {
  // preact/compat leaves a controlled field showing what was typed unless the component renders again.
  it('shows the minutes it keeps, even when a clamped value leaves them as they were', () => {
    const onSave = vi.fn();
    const initial = [{ target: { kind: 'indicator', indicatorId: '2.1' } as const, minutes: MAX_AGENDA_MINUTES }];
    page.render(createElement(AgendaEditor, { initial, outline, pending: false, onSave, onCancel: () => {} }));
    const minutes = page.container.querySelector<HTMLInputElement>('input[type="number"]');
    if (minutes === null) throw new Error('no minutes field');
    type(minutes, String(MAX_AGENDA_MINUTES * 10));
    expect(minutes.value).toBe(String(MAX_AGENDA_MINUTES));
    type(minutes, '');
    type(minutes, '');
    expect(minutes.value).toBe('1');
  });
});
