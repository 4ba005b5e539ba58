import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/useI18n.ts';
import { type AnnouncedThread, commentAnnouncements } from './commentAnnouncements.ts';

const amara = { personId: 'amara', name: 'Amara Okafor' };
const fatou = { personId: 'fatou', name: 'Fatou Ndiaye' };
const thread = (id: string, indicatorId: string, comments: AnnouncedThread['comments']): AnnouncedThread => ({
  id,
  indicatorId,
  comments,
});
const opening = { id: 'c1', author: amara, body: 'Should the finding\nname the 2025 census?' };

describe('commentAnnouncements', () => {
  it('says nothing on the first reading or with no indicator in view', () => {
    expect(commentAnnouncements(null, [thread('t1', '2.13', [opening])], '2.13', 'fatou', translate)).toEqual([]);
    expect(commentAnnouncements([], [thread('t1', '2.13', [opening])], null, 'fatou', translate)).toEqual([]);
  });

  it('announces new comments and replies by others on the indicator in view only', () => {
    const before = [thread('t1', '2.13', [opening])];
    const after = [
      thread('t1', '2.13', [opening, { id: 'c2', author: amara, body: 'Or the 2020 one.' }]),
      thread('t2', '2.13', [{ id: 'c3', author: amara, body: 'Typo in line 2.' }]),
      thread('t3', '1.1', [{ id: 'c4', author: amara, body: 'Elsewhere.' }]),
      thread('t4', '2.13', [{ id: 'c5', author: fatou, body: 'My own.' }]),
    ];
    expect(commentAnnouncements(before, after, '2.13', 'fatou', translate)).toEqual([
      'Reply on 2.13 by Amara Okafor: Or the 2020 one.',
      'New comment on 2.13 by Amara Okafor: Typo in line 2.',
    ]);
  });

  it('reads a long comment up to 80 characters, on one line', () => {
    const body = `${'word '.repeat(30)}end`;
    const [line] = commentAnnouncements(
      [],
      [thread('t1', '2.13', [{ id: 'c1', author: amara, body }])],
      '2.13',
      null,
      translate,
    );
    expect(line).toBe(`New comment on 2.13 by Amara Okafor: ${'word '.repeat(16).slice(0, 79)}…`);
  });
});
