// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isTextEntry } from './isTextEntry.ts';

describe('isTextEntry', () => {
  it('is true of text boxes and of editable elements outside the draft', () => {
    document.body.innerHTML = `
      <textarea id="reply"></textarea><input id="plain"><input id="search" type="search">
      <input id="minutes" type="number"><div contenteditable="true" id="other">x</div>`;
    const ids = ['reply', 'plain', 'search', 'minutes', 'other'];
    expect(ids.map((id) => isTextEntry(document.getElementById(id)))).toEqual(ids.map(() => true));
  });

  it('is false of the draft, of controls that type nothing, and of nothing', () => {
    document.body.innerHTML = `
      <div contenteditable="true" data-lexical-editor="true"><p id="draft">finding</p></div>
      <button id="hand">Raise hand</button><input id="mute" type="checkbox"><input id="type" type="radio">
      <select id="status"><option>Agreed</option></select>`;
    const ids = ['draft', 'hand', 'mute', 'type', 'status'];
    expect(ids.map((id) => isTextEntry(document.getElementById(id)))).toEqual(ids.map(() => false));
    expect(isTextEntry(null)).toBe(false);
  });
});
