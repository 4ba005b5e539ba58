import { describe, expect, it } from 'vitest';
import { refusedChangeMessage } from './refusedChangeMessage.ts';

describe('refusedChangeMessage', () => {
  it('turns the server’s reason into a sentence saying what was refused', () => {
    const message = refusedChangeMessage(
      4422,
      'refused: status of indicator 1.2 is set by facilitators through the API',
    );
    expect(message.title).toBe('Your last change was not saved');
    expect(message.what).toBe('Status of indicator 1.2 is set by facilitators through the API.');
  });

  it('says the person may not edit when the server refused a change as forbidden', () => {
    const message = refusedChangeMessage(4403, 'this role may not edit the document');
    expect(message.title).toBe('You may not edit this draft');
    expect(message.what).toBe('This role may not edit the document.');
  });

  it('still says something useful when the server gave no reason', () => {
    expect(refusedChangeMessage(4422, '').what).toBe('The server did not accept a change made in this browser.');
  });
});
