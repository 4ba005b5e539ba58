import { describe, expect, it } from 'vitest';
import { colorForName, initialsOf, PERSON_COLORS } from './colorForName.ts';

describe('colorForName', () => {
  it('gives the same colour for the same name, whatever the case and spacing', () => {
    expect(colorForName(' Amina ')).toBe(colorForName('amina'));
    expect(PERSON_COLORS).toContain(colorForName('Amina'));
  });

  it('spreads a room of names over the palette', () => {
    const names = ['Amina Diallo', 'Boris Petrov', 'Chen Wei', 'Dana Levi', 'Elif Kaya', 'Fatou Ndiaye'];
    const more = ['Giorgi Beridze', 'Hana Novak', 'Ivan Horvat', 'Jamal Haddad', 'Kofi Mensah', 'Lena Berg'];
    expect(new Set([...names, ...more].map(colorForName)).size).toBeGreaterThanOrEqual(6);
  });
});

describe('initialsOf', () => {
  it('takes the first and last initials', () => {
    expect(initialsOf('Amina Diallo')).toBe('AD');
    expect(initialsOf('boris')).toBe('B');
    expect(initialsOf('Jean Paul de la Cruz')).toBe('JC');
    expect(initialsOf('   ')).toBe('?');
  });

  it('reads letters only, skipping punctuation around and between names', () => {
    expect(initialsOf('E(')).toBe('E');
    expect(initialsOf('(Amina) Diallo')).toBe('AD');
    expect(initialsOf('Boris - Petrov')).toBe('BP');
    expect(initialsOf('élodie ñúñez')).toBe('ÉÑ');
    expect(initialsOf('?!')).toBe('?');
    expect(initialsOf('Room 2')).toBe('R');
    expect(initialsOf('2 3')).toBe('?');
  });

  it('reads Azerbaijani and Cyrillic names, capitals as the language writes them', () => {
    expect(initialsOf('Əli İsmayılov')).toBe('Əİ');
    expect(initialsOf('Şəhla Çələbi')).toBe('ŞÇ');
    expect(initialsOf('ılqar ömərov')).toBe('IÖ');
    expect(initialsOf('ilqar ismayılov', 'az')).toBe('İİ');
    expect(initialsOf('ilqar ismayılov', 'en')).toBe('II');
    expect(initialsOf('Юлия Ёлкина')).toBe('ЮЁ');
    expect(initialsOf('юлия ёлкина', 'ru')).toBe('ЮЁ');
  });

  // A name typed with combining marks (Е + ◌̈, I + ◌̇) lost its accent: "ЮЕ", "ƏI".
  it('keeps the accent of a letter typed as a base letter and a combining mark', () => {
    expect(initialsOf('Юлия Е\u0308лкина')).toBe('ЮЁ');
    expect(initialsOf('Əli I\u0307smayılov')).toBe('Əİ');
    expect(initialsOf('\u0308Boris')).toBe('B');
  });
});
