import { describe, expect, it } from 'vitest';
import { comparePeople } from './comparePeople.ts';
import type { Person } from './usePeople.ts';

const person = (clientId: number, name: string, isSelf = false): Person => ({
  clientId,
  name,
  color: '#000',
  focusing: false,
  indicatorId: null,
  organisation: null,
  role: 'participant',
  isSelf,
});

const order = (people: Person[], language: 'en' | 'az' | 'ru') =>
  [...people].sort(comparePeople(language)).map((p) => p.name);

describe('comparePeople', () => {
  it('puts you first, then the others by name', () => {
    expect(order([person(1, 'Boris'), person(2, 'Zoe', true), person(3, 'Amina')], 'en')).toEqual([
      'Zoe',
      'Amina',
      'Boris',
    ]);
  });

  it('sorts Azerbaijani names in the Azerbaijani alphabet: s before ş, ı before i, ç after c, ə after e', () => {
    const people = [
      person(1, 'Şəhla Məmmədova'),
      person(2, 'Sevinc Quliyeva'),
      person(3, 'İlham Rzayev'),
      person(4, 'Işıq Həsənova'),
      person(5, 'Çingiz Abbasov'),
      person(6, 'Cavid Nəsirov'),
      person(7, 'Əli Kərimov'),
      person(8, 'Elnur Hüseynov'),
    ];
    expect(order(people, 'az')).toEqual([
      'Cavid Nəsirov',
      'Çingiz Abbasov',
      'Elnur Hüseynov',
      'Əli Kərimov',
      'Işıq Həsənova',
      'İlham Rzayev',
      'Sevinc Quliyeva',
      'Şəhla Məmmədova',
    ]);
  });

  it('sorts Cyrillic names as Russian readers expect, ё with е', () => {
    const people = [person(1, 'Юлия Ёлкина'), person(2, 'Ярослав Ильин'), person(3, 'Егор Жуков'), person(4, 'Анна')];
    expect(order(people, 'ru')).toEqual(['Анна', 'Егор Жуков', 'Юлия Ёлкина', 'Ярослав Ильин']);
  });

  it('keeps two people of the same name in the order they connected', () => {
    const people = [person(9, 'Leyla'), person(4, 'leyla')];
    expect([...people].sort(comparePeople('az')).map((p) => p.clientId)).toEqual([4, 9]);
  });
});
