// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indicatorOfElement } from './indicatorOfElement.ts';

describe('indicatorOfElement', () => {
  it('finds the indicator of an element in its article or in a header control laid over it', () => {
    document.body.innerHTML = `
      <article data-indicator-id="4.4"><h3 id="title">Title</h3></article>
      <div data-meeting-marks="4.5"><button id="lock">Lock</button></div>
      <button id="comment" data-indicator-comment="4.6">Comment</button>
      <select id="status" data-status-control="4.7"></select>
      <p id="margin">beside the draft</p>`;
    const of = (id: string) => indicatorOfElement(document.getElementById(id));
    expect(['title', 'lock', 'comment', 'status', 'margin'].map(of)).toEqual(['4.4', '4.5', '4.6', '4.7', null]);
    expect(indicatorOfElement(null)).toBeNull();
  });
});
