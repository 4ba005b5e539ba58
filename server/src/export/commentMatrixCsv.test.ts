import { type Author, openThread, replyToThread, resolveThread } from '@roundtable/profile';
import { describe, expect, it } from 'vitest';
import { commentMatrixCsv } from './commentMatrixCsv.ts';

const author = (name: string, role: Author['role'] = 'participant'): Author => ({
  personId: name,
  name,
  organisation: 'Ministry of Labour, "Migration" Unit',
  organisationId: 'min-labour',
  role,
});

describe('commentMatrixCsv', () => {
  it("writes one row per thread with the facilitators' decision, quoting every cell", () => {
    let thread = openThread(
      {
        id: 't1',
        commentId: 'c1',
        consultationId: 'demo',
        indicatorId: '4.2',
        type: 'missing-source',
        body: 'Cite Decree 7.',
        proposedText: 'Decree No. 7/2024',
      },
      author('Amina'),
      '2026-11-27T10:00:00.000Z',
    );
    thread = replyToThread(thread, 'c2', 'Agreed, line 3', author('Boris'), '2026-11-27T10:01:00.000Z');
    thread = resolveThread(
      thread,
      { outcome: 'accepted-with-changes', response: 'Added.' },
      author('Fatou', 'facilitator'),
      '2026-11-27T10:02:00.000Z',
    );
    const csv = commentMatrixCsv([thread]);
    expect(csv.startsWith('\uFEFF"Thread","Domain","Indicator"')).toBe(true);
    const row = csv.split('\r\n')[1] ?? '';
    expect(row).toContain('"4","4.2","Missing source"');
    expect(row).toContain('"Ministry of Labour, ""Migration"" Unit"');
    expect(row).toContain('"Accepted with changes","Added.","Fatou"');
    expect(row).toContain('Boris (Ministry of Labour, ""Migration"" Unit): Agreed, line 3');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const thread = openThread(
      {
        id: 't',
        commentId: 'c',
        consultationId: 'demo',
        indicatorId: '1.1',
        type: 'editorial',
        body: '=HYPERLINK("http://x")',
      },
      author('Eve'),
      '2026-11-27T10:00:00.000Z',
    );
    expect(commentMatrixCsv([thread])).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
