import type { InvitedPerson } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import { visibleInvited } from './visibleInvited.ts';

const person = (id: string, name: string, organisation: string, status: InvitedPerson['status'] = 'active') =>
  ({
    id,
    name,
    organisation: { id: null, name: organisation },
    role: 'participant',
    status,
    createdAt: '2026-11-30T09:00:00.000Z',
    expiresAt: '2026-12-14T09:00:00.000Z',
    revokedAt: null,
    invitedBy: null,
    connected: false,
    connections: 0,
  }) as unknown as InvitedPerson;

const names = (people: InvitedPerson[]) => people.map((p) => p.name);
const everyone = { showInactive: true, query: '' } as const;

describe('visibleInvited', () => {
  it('orders organisations and names in the Azerbaijani alphabet: s before ş, ı before i', () => {
    const people = [
      person('1', 'Leyla', 'Şəki Rayon İcra Hakimiyyəti'),
      person('2', 'Rauf', 'Sumqayıt Şəhər İcra Hakimiyyəti'),
      person('3', 'İlham', 'Bakı'),
      person('4', 'Işıq', 'Bakı'),
      person('5', 'Zaur', 'Zaqatala'),
    ];
    expect(names(visibleInvited(people, { ...everyone, language: 'az' }))).toEqual([
      'Işıq',
      'İlham',
      'Rauf',
      'Leyla',
      'Zaur',
    ]);
  });

  it('orders Cyrillic names as Russian readers expect, ё with е', () => {
    const people = [
      person('1', 'Юлия Ёлкина', 'МВД'),
      person('2', 'Елена Жукова', 'МВД'),
      person('3', 'Борис Петров', 'МВД'),
      person('4', 'Ярослав Ильин', 'МВД'),
    ];
    expect(names(visibleInvited(people, { ...everyone, language: 'ru' }))).toEqual([
      'Борис Петров',
      'Елена Жукова',
      'Юлия Ёлкина',
      'Ярослав Ильин',
    ]);
  });

  it('finds people by name or organisation whatever the case, with Azerbaijani İ/ı and Cyrillic', () => {
    const people = [
      person('1', 'İsmayıl Əliyev', 'Dövlət Miqrasiya Xidməti'),
      person('2', 'Irada Quliyeva', 'Şəki Rayon İcra Hakimiyyəti'),
      person('3', 'Юлия Ёлкина', 'Министерство внутренних дел'),
    ];
    const find = (query: string, language: 'az' | 'ru') =>
      names(visibleInvited(people, { ...everyone, query, language }));
    expect(find('ismayıl', 'az')).toEqual(['İsmayıl Əliyev']);
    expect(find('ırada', 'az')).toEqual(['Irada Quliyeva']);
    expect(find('ŞƏKİ', 'az')).toEqual(['Irada Quliyeva']);
    expect(find('МИНИСТЕРСТВО', 'ru')).toEqual(['Юлия Ёлкина']);
    expect(find('ёлк', 'ru')).toEqual(['Юлия Ёлкина']);
    expect(find('  ', 'az')).toHaveLength(3);
  });

  it('leaves out revoked and expired invitations unless asked for', () => {
    const people = [
      person('1', 'Amina', 'IOM'),
      person('2', 'Boris', 'IOM', 'revoked'),
      person('3', 'Chen', 'IOM', 'expired'),
    ];
    expect(names(visibleInvited(people, { showInactive: false, query: '', language: 'en' }))).toEqual(['Amina']);
    expect(names(visibleInvited(people, { showInactive: true, query: '', language: 'en' }))).toEqual([
      'Amina',
      'Boris',
      'Chen',
    ]);
  });
});
