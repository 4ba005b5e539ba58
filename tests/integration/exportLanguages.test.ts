import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendInDraft } from '../helpers/draftEdits.ts';
import { anchorOn } from '../helpers/findInDraft.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, createConsultation, type Invited, invite } from '../helpers/members.ts';

/*
 * Exports in the consultation's language, and Azerbaijani and Cyrillic text
 * through every export: names, organisations, comments and draft text typed
 * in Azerbaijani (ə, ğ, ı, İ, ö, ş, ü, ç) and Russian (ё) come back exactly
 * from the CSV, the XLSX (ExcelJS), the DOCX (mammoth, and its comments
 * part) and the HTML, and the DOCX names a font that has those letters.
 */

const ALI = 'Əli Şükürov';
const ISMAYILLI = 'İsmayıllı';
const YULIA = 'Юлия Ёлкина';
const FINDING = `${ALI} yazır: ${ISMAYILLI} rayonunda miqrantlar üçün çağrı mərkəzi açılıb.`;
const ID = 'shamakhi';

let server: InProcessServer;
let ali: Invited;
let yulia: Invited;
let facilitator: Invited;

const exportPath = (file: string) => `/api/consultations/${ID}/export/${file}`;
async function download(file: string): Promise<Uint8Array> {
  const res = await fetch(`${server.url}${exportPath(file)}`, {
    headers: { authorization: `Bearer ${facilitator.token}` },
  });
  expect(res.status, file).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}
const setLanguage = async (language: string) => {
  const res = await api(server, `/api/consultations/${ID}`, {
    method: 'PATCH',
    token: facilitator.token,
    body: { language },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const csvRows = async (): Promise<string[][]> =>
  parse(new TextDecoder().decode(await download('comments.csv')), { bom: true });

beforeAll(async () => {
  server = await startInProcessServer();
  await createConsultation(server, {
    id: ID,
    seed: 'demo',
    title: 'Miqrasiya İdarəçiliyi Profili',
    country: 'Azərbaycan',
    timeZone: 'Asia/Baku',
  });
  ali = await invite(server, ID, {
    role: 'participant',
    name: ALI,
    organisation: `${ISMAYILLI} Rayon İcra Hakimiyyəti`,
  });
  yulia = await invite(server, ID, { role: 'commenter', name: YULIA, organisation: 'Министерство труда' });
  facilitator = await invite(server, ID, { role: 'facilitator', name: 'Günel Qasımova' });
  await server.rooms.withRoom(`${ID}:draft`, (room) => appendInDraft(room.doc, ` ${FINDING}`, { indicatorId: '1.1' }));
  const anchor = await server.rooms.withRoom(`${ID}:draft`, (room) => anchorOn(room.doc, ISMAYILLI));
  const threads = `/api/consultations/${ID}/threads`;
  const opened = await api(server, threads, {
    method: 'POST',
    token: ali.token,
    body: { indicatorId: '1.1', type: 'update', body: `${ISMAYILLI}: ğöşüçı əlavə edilsin.`, anchor },
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const reply = await api(server, `${threads}/${opened.body.id}/comments`, {
    method: 'POST',
    token: yulia.token,
    body: { body: 'Ёлка, съешь же ещё этих мягких французских булок.' },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
});
afterAll(async () => {
  await server?.close();
});

describe('exports in the consultation’s language', () => {
  it('writes the comment matrix in English by default, then in the language a facilitator sets', async () => {
    const [english] = await csvRows();
    expect(english?.slice(0, 3)).toEqual(['Domain', 'Indicator', 'Indicator title']);
    await setLanguage('az');
    const [azHeader, azComment, azReply] = await csvRows();
    expect(azHeader?.slice(0, 3)).toEqual(['Sahə', 'Göstərici', 'Göstəricinin adı']);
    expect(azHeader?.[11]).toBe('Vaxt (Asia/Baku)');
    expect([azComment?.[4], azComment?.[6], azComment?.[12]]).toEqual(['Şərh', 'Yenilik', 'Açıq']);
    expect(azReply?.[4]).toBe('Cavab şərhi');
    await setLanguage('ru');
    const [ruHeader, ruComment] = await csvRows();
    expect(ruHeader?.slice(0, 3)).toEqual(['Область', 'Индикатор', 'Название индикатора']);
    expect([ruComment?.[4], ruComment?.[6], ruComment?.[12]]).toEqual(['Комментарий', 'Обновление', 'Открыт']);
  });

  it('writes the profile’s headings and labels in that language, in every format', async () => {
    await setLanguage('ru');
    const html = new TextDecoder().decode(await download('profile.html'));
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h1 id="summary">Резюме</h1>');
    expect(html).toContain('<b>Ответ:</b>');
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await download('profile.docx')) })).value;
    expect(docx).toContain('Показатели управления миграцией');
    expect(docx).toContain('Вопрос: ');
    expect(docx).not.toMatch(/\b(Summary|Question:|Answer:|Exported)\b/);
    const markdown = new TextDecoder().decode(await download('profile.md'));
    expect(markdown).toContain('## Резюме');
    expect(markdown).toContain('**Вопрос:**');
  });
});

describe('Azerbaijani and Cyrillic text through every export', () => {
  it('CSV: names, organisations, comments and quotes come back exactly', async () => {
    await setLanguage('az');
    const bytes = await download('comments.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [, comment, reply] = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    expect(comment?.slice(5, 11)).toEqual([
      ISMAYILLI,
      'Yenilik',
      `${ISMAYILLI}: ğöşüçı əlavə edilsin.`,
      '',
      ALI,
      `${ISMAYILLI} Rayon İcra Hakimiyyəti`,
    ]);
    expect(reply?.slice(7, 11)).toEqual([
      'Ёлка, съешь же ещё этих мягких французских булок.',
      '',
      YULIA,
      'Министерство труда',
    ]);
  });

  it('XLSX: the same cells read back with ExcelJS, on a sheet named in the language', async () => {
    await setLanguage('az');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('comments.xlsx')).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Şərhlər cədvəli');
    if (sheet === undefined) throw new Error('no sheet named Şərhlər cədvəli');
    expect(sheet.getRow(1).getCell(1).value).toBe('Sahə');
    const cells = (row: number) => [6, 8, 10, 11].map((c) => sheet.getRow(row).getCell(c).value);
    expect(cells(2)).toEqual([
      ISMAYILLI,
      `${ISMAYILLI}: ğöşüçı əlavə edilsin.`,
      ALI,
      `${ISMAYILLI} Rayon İcra Hakimiyyəti`,
    ]);
    expect(cells(3)).toEqual([
      ISMAYILLI,
      'Ёлка, съешь же ещё этих мягких французских булок.',
      YULIA,
      'Министерство труда',
    ]);
  });

  it('DOCX: the draft text, title and country read back with mammoth; comments carry the names; Arial throughout', async () => {
    await setLanguage('az');
    const bytes = await download('profile.docx?comments=open');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain(FINDING);
    expect(text).toContain('Miqrasiya İdarəçiliyi Profili');
    expect(text).toContain('Azərbaycan');
    expect(text).toContain('Xülasə');
    const zip = await JSZip.loadAsync(bytes);
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect(comments).toContain(`w:author="${ALI} (${ISMAYILLI} Rayon İcra Hakimiyyəti)"`);
    expect(comments).toContain(`w:author="${YULIA} (Министерство труда)"`);
    expect(comments).toContain('ğöşüçı əlavə edilsin.');
    expect(comments).toContain('Ёлка, съешь же ещё');
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"\/>/);
    expect(defaults).toContain('<w:lang w:val="az-Latn-AZ"/>');
  });

  it('HTML: everything reads back as typed, escaped only where HTML needs it', async () => {
    await setLanguage('ru');
    const clean = new TextDecoder().decode(await download('profile.html'));
    expect(clean).toContain('<meta charset="utf-8">');
    for (const typed of [FINDING, 'Azərbaycan', 'Miqrasiya İdarəçiliyi Profili']) expect(clean).toContain(typed);
    const html = new TextDecoder().decode(await download('profile.html?comments=open'));
    for (const typed of [ALI, YULIA, 'Министерство труда', 'ğöşüçı əlavə edilsin.', 'Ёлка, съешь же ещё']) {
      expect(html).toContain(typed);
    }
    expect(html).toMatch(new RegExp(`${ALI} yazır: <mark id="quote-[^"]+">${ISMAYILLI}<sup>`));
  });
});
