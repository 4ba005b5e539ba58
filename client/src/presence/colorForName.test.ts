import { describe, expect, it } from 'vitest';
import { colorForName, initialsOf, PERSON_COLORS } from './colorForName.ts';

describe('colorForName', () => {
  it('gives the same colour for the same name, whatever the case and spacing', () => {
    expect(colorForName(' Amina ')).toBe(colorForName('amina'));
    expect(PERSON_COLORS).toContain(colorForName('Amina'));
  });

  // The demo and the e2e test put these people side by side; one colour for both was unreadable.
  it('tells Amina and Boris apart', () => {
    expect(colorForName('Amina')).not.toBe(colorForName('Boris'));
    expect(colorForName('Amina Diallo')).not.toBe(colorForName('Boris Petrov'));
  });
});

describe('initialsOf', () => {
  it('takes the first and last initials', () => {
    expect(initialsOf('Amina Diallo')).toBe('AD');
    expect(initialsOf('boris')).toBe('B');
    expect(initialsOf('Jean Paul de la Cruz')).toBe('JC');
    expect(initialsOf('   ')).toBe('?');
  });
});
