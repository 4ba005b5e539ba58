import { CloseCode } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import { refusalMessage, refusedChangeMessage } from './closeCodeMessages.ts';

describe('refusalMessage', () => {
  it('has its own words for every permanent close code the server sends', () => {
    const permanent = Object.values(CloseCode).filter((code) => code >= 4400 && code < 4500);
    expect(permanent).toContain(CloseCode.Forbidden);
    const titles = permanent.map((code) => refusalMessage(code).title);
    expect(titles).not.toContain(refusalMessage(4499).title);
    expect(new Set(titles).size).toBe(permanent.length);
  });

  it('names the code of a refusal it has no words for', () => {
    expect(refusalMessage(4499).text).toContain('4499');
  });
});

describe('refusedChangeMessage', () => {
  it('turns the server’s reason into a sentence saying what was refused', () => {
    const message = refusedChangeMessage(
      CloseCode.UpdateRefused,
      'refused: status of indicator 1.2 is set by facilitators through the API',
    );
    expect(message.title).toBe('Your last change was not saved');
    expect(message.what).toBe('Status of indicator 1.2 is set by facilitators through the API.');
  });

  it('says the person may not edit when the server refused a change as forbidden', () => {
    const message = refusedChangeMessage(CloseCode.Forbidden, 'this role may not edit the document');
    expect(message.title).toBe('You may not edit this draft');
    expect(message.what).toBe('This role may not edit the document.');
  });

  it('still says something useful when the server gave no reason', () => {
    expect(refusedChangeMessage(CloseCode.UpdateRefused, '').what).toBe(
      'The server did not accept a change made in this browser.',
    );
  });
});
