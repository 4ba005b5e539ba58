// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTextEntry } from './isTextEntry.ts';

describe('isTextEntry', () => {
  it('is true of text boxes and of editable elements outside the draft, false of the draft and of buttons', () => {
    document.body.innerHTML = `
      <textarea id="reply"></textarea><input id="search"><select id="status"></select>
      <div contenteditable="true" id="other">x</div>
      <div contenteditable="true" data-lexical-editor="true"><p id="draft">finding</p></div>
      <button id="hand">Raise hand</button>`;
    const byId = (id: string) => document.getElementById(id);
    expect(['reply', 'search', 'status', 'other'].map((id) => isTextEntry(byId(id)))).toEqual([true, true, true, true]);
    expect(isTextEntry(byId('draft'))).toBe(false);
    expect(isTextEntry(byId('hand'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
