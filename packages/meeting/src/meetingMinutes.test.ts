import type { Language } from '@roundtable/i18n';
import { deleteComment, openThread, resolveThread } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { declareAttendanceMode, markLeft, markPresent } from './attendanceRules.ts';
import { recordStatusChange, recordThreadDecision } from './decisionRules.ts';
import { setLock } from './lockRules.ts';
import type { MeetingOutline } from './MeetingOutline.ts';
import { readMeeting } from './meetingDoc.ts';
import { meetingMinutes } from './meetingMinutes.ts';
import { moveSpotlight } from './spotlightRules.ts';
import { actAt, amina, boris, fatou } from './testPeople.ts';

const outline: MeetingOutline = {
  sections: [{ anchor: 'summary', label: 'Summary' }],
  domains: [
    {
      code: 1,
      title: "Migrants' rights",
      indicators: [
        { id: '1.1', title: 'Healthcare for migrants', status: 'agreed' },
        { id: '1.2', title: 'Schooling', status: 'not-discussed' },
        { id: '1.3', title: 'Social security', status: 'not-discussed' },
      ],
    },
  ],
};

function meetingDay() {
  const doc = new Y.Doc();
  markPresent(doc, fatou, actAt(0).at);
  declareAttendanceMode(doc, fatou, 'in-room');
  markPresent(doc, amina, actAt(2).at);
  declareAttendanceMode(doc, amina, 'remote');
  markLeft(doc, 'inv-amina', actAt(50).at);
  moveSpotlight(doc, { kind: 'indicator', indicatorId: '1.1' }, actAt(5));
  recordStatusChange(
    doc,
    { indicatorId: '1.1', from: 'not-discussed', to: 'agreed', statement: 'Agreed, citing *Decree 5* [2024].' },
    actAt(20),
  );
  setLock(doc, { kind: 'indicator', indicatorId: '1.1' }, true, actAt(21));
  const opened = openThread(
    {
      id: 't1',
      commentId: 'c1',
      consultationId: 'demo',
      indicatorId: '1.1',
      type: 'missing-source',
      body: 'Cite Decree 5.',
    },
    amina,
    actAt(10).at,
  );
  const resolved = resolveThread(
    opened,
    { outcome: 'accepted', response: 'Added to the sources.' },
    fatou,
    actAt(15).at,
  );
  recordThreadDecision(doc, 'resolved', resolved, actAt(15));
  const question = openThread(
    { id: 't2', commentId: 'c2', consultationId: 'demo', indicatorId: '1.2', type: 'question', body: 'Which schools?' },
    boris,
    actAt(11).at,
  );
  return { meeting: readMeeting(doc), threads: [resolved, question] };
}

/** The minutes of `meetingDay`, made inside each test (what a test's describe block computes is nobody's test). */
function minutesOfTheDay(language: Language = 'en', timeZone = 'UTC'): string {
  const { meeting, threads } = meetingDay();
  return meetingMinutes({
    consultation: { title: 'Migration Governance Profile: Veloria', country: 'Republic of Veloria' },
    generatedAt: '2026-11-28T08:00:00.000Z',
    outline,
    meeting,
    threads,
    invited: [
      { id: 'iom-veloria', name: 'IOM Veloria Office' },
      { id: 'min-interior', name: 'Ministry of Interior' },
      { id: 'min-health', name: 'Ministry of Health' },
    ],
    language,
    timeZone,
  });
}

describe('meetingMinutes', () => {
  it("gives dates and times on the consultation's clocks and names its time zone", () => {
    // Apia is UTC+13 in November: the 09:00 UTC meeting of 27 November met on the 27th at 22:00 there,
    // and the minutes generated at 08:00 UTC on the 28th were generated at 21:00 on the 28th.
    const text = minutesOfTheDay('en', 'Pacific/Apia');
    expect(text).toContain('- Date: 27 November 2026\n');
    expect(text).toContain('- Generated: 28 November 2026 at 21:00 (Pacific/Apia), from the live meeting;');
    expect(text).toContain('- Fatou Ndiaye, facilitator, in the room, 22:00–present');
    expect(text).toContain('- Amina Diallo, participant, remote, 22:02–22:50');
    expect(text).toContain('| Time (Pacific/Apia) | By | Decision | Statement |');
    expect(text).toContain(
      '| 22:05 | Fatou Ndiaye (IOM Veloria Office) | On the table: 1.1 Healthcare for migrants |  |',
    );
    // Honolulu is UTC-10: there the same meeting was on the evening of the 26th.
    expect(minutesOfTheDay('en', 'Pacific/Honolulu')).toContain('- Date: 26 November 2026\n');
    // The Marquesas are UTC-9:30: there it ran past midnight, and every time says its day.
    const marquesas = minutesOfTheDay('en', 'Pacific/Marquesas');
    expect(marquesas).toContain('- Date: 26 November 2026 to 27 November 2026\n');
    expect(marquesas).toContain('- Fatou Ndiaye, facilitator, in the room, 26 Nov 23:30–present');
    expect(marquesas).toContain('- Amina Diallo, participant, remote, 26 Nov 23:32–27 Nov 00:20');
  });

  it('refuses a time zone that does not exist', () => {
    expect(() => minutesOfTheDay('en', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('writes the whole day, word for word', () => {
    expect(minutesOfTheDay()).toBe(
      `${[
        '# Draft minutes: Migration Governance Profile: Veloria',
        '',
        'Inter-ministerial consultation meeting on the draft Migration Governance Profile of Republic of Veloria.',
        '',
        '- Date: 27 November 2026',
        '- Generated: 28 November 2026 at 08:00 (UTC), from the live meeting; to be checked by the facilitators.',
        '',
        '## Attendance',
        '',
        '2 people from 2 organisations attended: 1 in the room, 1 remote.',
        '',
        '### IOM Veloria Office',
        '',
        '- Fatou Ndiaye, facilitator, in the room, 09:00–present',
        '',
        '### Ministry of Interior',
        '',
        '- Amina Diallo, participant, remote, 09:02–09:50',
        '',
        'Invited but absent: Ministry of Health.',
        '',
        '## Progress',
        '',
        '1 of 3 indicators discussed: 1 agreed, 0 agreed with changes, 0 contested, 0 deferred; 0 under discussion, 2 not discussed.',
        '',
        '| Domain | Discussed | Agreed | Agreed with changes | Contested | Deferred |',
        '| --- | --- | --- | --- | --- | --- |',
        "| 1. Migrants' rights | 1 of 3 | 1 | 0 | 0 | 0 |",
        '',
        '## Indicators',
        '',
        "### Domain 1: Migrants' rights",
        '',
        '#### 1.1 Healthcare for migrants',
        '',
        '- Status: **Agreed** (locked)',
        '- Decision: Agreed, citing \\*Decree 5\\* \\[2024\\].',
        '- Missing source from Amina Diallo (Ministry of Interior): “Cite Decree 5.” **Accepted**. Added to the sources.',
        '',
        '#### 1.2 Schooling',
        '',
        '- Status: **Not discussed**',
        '- Question from Boris Petrov (Migrant Solidarity Network of Veloria): “Which schools?” Open.',
        '',
        'Not discussed, no comments: 1.3 Social security.',
        '',
        '## Decision log',
        '',
        '| Time (UTC) | By | Decision | Statement |',
        '| --- | --- | --- | --- |',
        '| 09:05 | Fatou Ndiaye (IOM Veloria Office) | On the table: 1.1 Healthcare for migrants |  |',
        '| 09:20 | Fatou Ndiaye (IOM Veloria Office) | 1.1 Healthcare for migrants: Not discussed → Agreed | Agreed, citing \\*Decree 5\\* \\[2024\\]. |',
        '| 09:21 | Fatou Ndiaye (IOM Veloria Office) | Locked 1.1 Healthcare for migrants |  |',
        '| 09:15 | Fatou Ndiaye (IOM Veloria Office) | 1.1 Healthcare for migrants: missing source thread resolved, accepted |  |',
      ].join('\n')}\n`,
    );
  });

  it('writes a quieter meeting over two days: a locked domain, nobody absent, no decisions', () => {
    const doc = new Y.Doc();
    markPresent(doc, boris, actAt(0).at);
    markPresent(doc, fatou, actAt(24 * 60 + 30).at);
    setLock(doc, { kind: 'domain', domain: 1 }, true, actAt(24 * 60 + 31));
    const { decisions: _dropped, ...meeting } = readMeeting(doc);
    const long = `${'A very long remark. '.repeat(10)}End.`;
    const opened = openThread(
      { id: 't3', commentId: 'c3', consultationId: 'demo', indicatorId: '1.3', type: 'editorial', body: long },
      boris,
      actAt(3).at,
    );
    const deleted = deleteComment(
      openThread(
        { id: 't4', commentId: 'c4', consultationId: 'demo', indicatorId: '1.3', type: 'update', body: 'Gone.' },
        amina,
        actAt(4).at,
      ),
      'c4',
      amina,
      actAt(5).at,
    );
    const applied = resolveThread(deleted, { outcome: 'accepted-with-changes', response: '' }, fatou, actAt(6).at);
    const text = meetingMinutes({
      consultation: { title: 'T', country: 'C' },
      generatedAt: '2026-11-30T10:00:00.000Z',
      outline: {
        sections: [],
        domains: [
          {
            code: 1,
            title: "Migrants' rights",
            indicators: [{ id: '1.3', title: 'Social security', status: 'not-discussed' }],
          },
        ],
      },
      meeting: { ...meeting, decisions: [] },
      threads: [
        opened,
        { ...applied, resolution: applied.resolution && { ...applied.resolution, appliedProposal: true } },
      ],
      invited: [{ id: 'migrant-solidarity-network', name: 'Migrant Solidarity Network of Veloria' }],
      language: 'en',
      timeZone: 'UTC',
    });
    expect(text).toBe(
      `${[
        '# Draft minutes: T',
        '',
        'Inter-ministerial consultation meeting on the draft Migration Governance Profile of C.',
        '',
        '- Date: 27 November 2026 to 28 November 2026',
        '- Generated: 30 November 2026 at 10:00 (UTC), from the live meeting; to be checked by the facilitators.',
        '',
        '## Attendance',
        '',
        '2 people from 2 organisations attended: 0 in the room, 0 remote, 2 not stated.',
        '',
        '### IOM Veloria Office',
        '',
        '- Fatou Ndiaye, facilitator, mode not stated, 28 Nov 09:30–present',
        '',
        '### Migrant Solidarity Network of Veloria',
        '',
        '- Boris Petrov, commenter, mode not stated, 27 Nov 09:00–present',
        '',
        'Every invited organisation attended.',
        '',
        '## Progress',
        '',
        '0 of 1 indicator discussed: 0 agreed, 0 agreed with changes, 0 contested, 0 deferred; 0 under discussion, 1 not discussed.',
        '',
        '| Domain | Discussed | Agreed | Agreed with changes | Contested | Deferred |',
        '| --- | --- | --- | --- | --- | --- |',
        "| 1. Migrants' rights | 0 of 1 | 0 | 0 | 0 | 0 |",
        '',
        '## Indicators',
        '',
        "### Domain 1: Migrants' rights",
        '',
        'The whole domain is locked.',
        '',
        '#### 1.3 Social security',
        '',
        '- Status: **Not discussed** (locked)',
        '- Editorial from Boris Petrov (Migrant Solidarity Network of Veloria): “A very long remark. A very long remark. A very long remark. A very long remark. A very long remark. A very long remark. A very long remark. A very long remark.…” Open.',
        '- Update from Amina Diallo (Ministry of Interior): “(deleted)” **Accepted with changes**. Proposed wording applied.',
        '',
        '## Decision log',
        '',
        'No decisions were recorded.',
      ].join('\n')}\n`,
    );
  });

  it('dates the meeting from its records and lists attendance by organisation with the absent ones', () => {
    const minutes = minutesOfTheDay();
    expect(minutes).toContain('# Draft minutes: Migration Governance Profile: Veloria\n');
    expect(minutes).toContain('- Date: 27 November 2026\n');
    expect(minutes).toContain('2 people from 2 organisations attended: 1 in the room, 1 remote.');
    expect(minutes).toContain('### Ministry of Interior\n\n- Amina Diallo, participant, remote, 09:02–09:50\n');
    expect(minutes).toContain('- Fatou Ndiaye, facilitator, in the room, 09:00–present\n');
    expect(minutes).toContain('Invited but absent: Ministry of Health.');
  });

  it('gives each indicator its status, decision statement, lock and thread outcomes', () => {
    const minutes = minutesOfTheDay();
    expect(minutes).toContain('1 of 3 indicators discussed: 1 agreed, 0 agreed with changes, 0 contested, 0 deferred;');
    expect(minutes).toContain(
      [
        '#### 1.1 Healthcare for migrants',
        '',
        '- Status: **Agreed** (locked)',
        '- Decision: Agreed, citing \\*Decree 5\\* \\[2024\\].',
        '- Missing source from Amina Diallo (Ministry of Interior): “Cite Decree 5.” **Accepted**. Added to the sources.',
      ].join('\n'),
    );
    expect(minutes).toContain(
      '- Question from Boris Petrov (Migrant Solidarity Network of Veloria): “Which schools?” Open.',
    );
    expect(minutes).toContain('Not discussed, no comments: 1.3 Social security.');
  });

  it('ends with the decision log, in order, with who and when', () => {
    const minutes = minutesOfTheDay();
    const log = minutes.slice(minutes.indexOf('## Decision log'));
    expect(log.split('\n').filter((line) => line.startsWith('| 09:'))).toEqual([
      '| 09:05 | Fatou Ndiaye (IOM Veloria Office) | On the table: 1.1 Healthcare for migrants |  |',
      '| 09:20 | Fatou Ndiaye (IOM Veloria Office) | 1.1 Healthcare for migrants: Not discussed → Agreed | Agreed, citing \\*Decree 5\\* \\[2024\\]. |',
      '| 09:21 | Fatou Ndiaye (IOM Veloria Office) | Locked 1.1 Healthcare for migrants |  |',
      '| 09:15 | Fatou Ndiaye (IOM Veloria Office) | 1.1 Healthcare for migrants: missing source thread resolved, accepted |  |',
    ]);
  });

  it('cannot be formatted or broken by what people typed', () => {
    const { meeting: m } = meetingDay();
    const evil = { ...amina, name: 'Eve | [click](javascript:x) <img>\n# Heading' };
    const doc = new Y.Doc();
    markPresent(doc, evil, actAt(0).at);
    const text = meetingMinutes({
      consultation: { title: 'T', country: 'C' },
      generatedAt: actAt(1).at,
      outline,
      meeting: { ...m, attendance: readMeeting(doc).attendance },
      threads: [],
      invited: [],
      language: 'en',
      timeZone: 'UTC',
    });
    expect(text).toContain('- Eve \\| \\[click\\](javascript:x) \\<img\\> # Heading, participant');
    expect(text).not.toContain('\n# Heading');
  });

  it('writes the minutes in Russian: headings, sentences, plurals and vocabulary', () => {
    const minutes = minutesOfTheDay('ru');
    for (const line of [
      '# Проект протокола: Migration Governance Profile: Veloria\n',
      '- Дата: 27 ноября 2026 г.\n',
      '## Участники\n',
      'Участвовали в заседании: 2 человека из 2 организаций; в зале — 1, удалённо — 1.',
      '- Fatou Ndiaye, фасилитатор, в зале, 09:00–по настоящее время\n',
      '- Amina Diallo, участник, удалённо, 09:02–09:50\n',
      'Приглашены, но отсутствовали: Ministry of Health.',
      '## Ход обсуждения\n',
      'Обсуждено 1 из 3 индикаторов: согласовано — 1,',
      '| Область | Обсуждено | Согласован | Согласован с изменениями | Оспаривается | Отложен |',
      "| 1. Migrants' rights | 1 из 3 | 1 | 0 | 0 | 0 |",
      "### Область 1: Migrants' rights\n",
      '- Статус: **Согласован** (заблокирован)\n',
      '- Недостающий источник — Amina Diallo (Ministry of Interior): «Cite Decree 5.» **Принято**. Added to the sources.',
      '- Вопрос — Boris Petrov (Migrant Solidarity Network of Veloria): «Which schools?» Открыт.',
      'Не обсуждались, комментариев нет: 1.3 Social security.',
      '## Журнал решений\n',
      '| Время (UTC) | Кто | Решение | Формулировка |',
      '| 09:05 | Fatou Ndiaye (IOM Veloria Office) | На обсуждении: 1.1 Healthcare for migrants |  |',
      '| 09:20 | Fatou Ndiaye (IOM Veloria Office) | 1.1 Healthcare for migrants: Не обсуждался → Согласован |',
      '| 09:21 | Fatou Ndiaye (IOM Veloria Office) | Заблокировано: 1.1 Healthcare for migrants |  |',
      '| 09:15 | Fatou Ndiaye (IOM Veloria Office) | 1.1 Healthcare for migrants: комментарий «недостающий источник» решён, итог: принято |  |',
    ]) {
      expect(minutes).toContain(line);
    }
    expect(minutes).not.toMatch(/Draft minutes|Attendance|Decision log|Status:|facilitator|remote/);
  });

  it('writes the minutes in Azerbaijani: headings, sentences and vocabulary', () => {
    const minutes = minutesOfTheDay('az');
    for (const line of [
      '# Protokol layihəsi: Migration Governance Profile: Veloria\n',
      '- Tarix: 27 noyabr 2026\n',
      '## İştirak\n',
      'Görüşdə 2 təşkilatdan 2 nəfər iştirak edib: zalda — 1, uzaqdan — 1.',
      '- Fatou Ndiaye, fasilitator, zalda, 09:00–indiyədək\n',
      '- Amina Diallo, iştirakçı, uzaqdan, 09:02–09:50\n',
      'Dəvət olunub, lakin iştirak etməyib: Ministry of Health.',
      'Müzakirə edilmiş göstəricilər: 1 / 3. Razılaşdırılıb — 1,',
      '| Sahə | Müzakirə edilib | Razılaşdırılıb | Dəyişikliklərlə razılaşdırılıb | Mübahisəlidir | Təxirə salınıb |',
      "### Sahə 1: Migrants' rights\n",
      '- Vəziyyət: **Razılaşdırılıb** (kilidlənib)\n',
      '- Çatışmayan mənbə — Amina Diallo (Ministry of Interior): «Cite Decree 5.» **Qəbul edildi**.',
      '## Qərarlar jurnalı\n',
      '| 09:21 | Fatou Ndiaye (IOM Veloria Office) | Kilidləndi: 1.1 Healthcare for migrants |  |',
      '| 09:15 | Fatou Ndiaye (IOM Veloria Office) | 1.1 Healthcare for migrants: «çatışmayan mənbə» şərhi həll edilib, nəticə: qəbul edildi |  |',
    ]) {
      expect(minutes).toContain(line);
    }
    expect(minutes).not.toMatch(/Draft minutes|Attendance|Decision log|Status:|facilitator|remote/);
  });

  it('lists organisations and people in the alphabetical order of the minutes’ language', () => {
    const doc = new Y.Doc();
    const at = (minute: number) => actAt(minute).at;
    markPresent(doc, { ...boris, personId: 'p1', name: 'Şahin', organisation: 'Şəki', organisationId: null }, at(0));
    markPresent(
      doc,
      { ...boris, personId: 'p2', name: 'Səbinə', organisation: 'Sumqayıt', organisationId: null },
      at(1),
    );
    markPresent(doc, { ...boris, personId: 'p3', name: 'Zaur', organisation: 'Şəki', organisationId: null }, at(2));
    const { meeting } = meetingDay();
    const write = (language: Language) =>
      meetingMinutes({
        consultation: { title: 'T', country: 'C' },
        generatedAt: at(3),
        outline,
        meeting: { ...meeting, attendance: readMeeting(doc).attendance },
        threads: [],
        invited: [],
        language,
        timeZone: 'UTC',
      });
    const headings = (text: string) => text.split('\n').filter((line) => /^### (Şəki|Sumqayıt)$/.test(line));
    // Azerbaijani: Ş is its own letter after S; English collation reads it as an S with a mark.
    expect(headings(write('az'))).toEqual(['### Sumqayıt', '### Şəki']);
    expect(headings(write('en'))).toEqual(['### Şəki', '### Sumqayıt']);
  });
});
