import { request } from 'node:http';
import { demoConsultation, draftRoomOf, importResponseSchema } from '@roundtable/profile';
import { readDraftContent } from '@roundtable/versions';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedDocx, exportedMarkdown } from '../../packages/import/test/exportedProfile.ts';
import { type InProcessServer, startInProcessServer } from '../helpers/inProcessServer.ts';
import { api, invite } from '../helpers/members.ts';

/*
 * `POST /api/consultations/import` on a live server: a profile in the
 * template becomes a new consultation with every indicator, field and
 * finding; a file that does not fit is refused with a JSON error saying
 * what and where, and creates nothing.
 */

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer();
});
afterAll(async () => {
  await server?.close();
});

async function upload(bytes: Uint8Array | string, name: string, token = server.adminToken) {
  const form = new FormData();
  form.set('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  const response = await fetch(`${server.url}/api/consultations/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

const consultationIds = async (): Promise<string[]> =>
  (await api(server, '/api/consultations', { token: server.adminToken })).body.consultations.map(
    (c: { id: string }) => c.id,
  );

/** Every indicator with its fields and finding text, as the draft of consultation `id` holds it. */
const draftOf = (id: string) =>
  server.rooms.withRoom(draftRoomOf(id), (room) =>
    readDraftContent(room.doc).indicators.map(({ comments: _c, ...i }) => i),
  );

const expected = demoConsultation.indicators.map((i) => ({
  id: i.id,
  domain: i.domain,
  title: i.title,
  question: i.question,
  answer: i.answer,
  kind: i.kind,
  status: 'not-discussed',
  sources: i.sources,
  finding: i.finding
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .join('\n\n'),
}));

describe('importing a draft', () => {
  it.each([
    ['Markdown', 'profile.md', () => exportedMarkdown(demoConsultation)],
    ['Word', 'profile.docx', () => exportedDocx(demoConsultation)],
  ])(
    'makes a new consultation from the %s export of the demo with every indicator, its fields and finding',
    async (_, name, make) => {
      const res = await upload(await make(), name);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const answer = importResponseSchema.parse(res.body);
      expect(answer).toMatchObject({
        title: demoConsultation.title,
        country: demoConsultation.country,
        status: 'draft',
        import: { indicators: demoConsultation.indicators.length, warnings: [] },
      });
      expect(await consultationIds()).toContain(answer.id);
      const indicators = await draftOf(answer.id);
      expect(indicators).toEqual(
        [...expected].sort(
          (a, b) => indicators.findIndex((i) => i.id === a.id) - indicators.findIndex((i) => i.id === b.id),
        ),
      );
      expect(indicators.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    },
  );

  it('reports tracked changes and comments of a Word file in its answer', async () => {
    const zip = await JSZip.loadAsync(
      await exportedDocx({ ...demoConsultation, indicators: demoConsultation.indicators.slice(0, 2) }),
    );
    const xml = await zip.file('word/document.xml')?.async('string');
    // A tracked insertion in the summary, right after its heading (not its line in the table of contents).
    const heading = /<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*>Summary<\/w:t><\/w:r>(?:(?!<\/w:p>).)*<\/w:p>/.exec(
      xml ?? '',
    );
    expect(heading).not.toBeNull();
    const after = (heading?.index ?? 0) + (heading?.[0].length ?? 0);
    zip.file(
      'word/document.xml',
      `${xml?.slice(0, after)}<w:p><w:ins w:id="9" w:author="A"><w:r><w:t>new</w:t></w:r></w:ins></w:p>${xml?.slice(after)}`,
    );
    zip.file('word/comments.xml', '<w:comments xmlns:w="x"><w:comment w:id="1"/><w:comment w:id="2"/></w:comments>');
    const res = await upload(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'changes.docx');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.import.warnings).toEqual([
      expect.stringMatching(/^the Word file has tracked changes \(1 insertion\(s\), 0 deletion\(s\), 0 move\(s\)\)/),
      'the Word file has 2 comment(s): comments are not imported; add them as threads',
    ]);
  });
});

describe('the round trip: export, then import', () => {
  /** What an export must carry to an import: title, summary, context, every indicator with its fields and finding. */
  const contentOf = (id: string) =>
    server.rooms.withRoom(draftRoomOf(id), (room) => {
      const content = readDraftContent(room.doc);
      return {
        title: content.title,
        sections: content.sections
          .filter((s) => s.anchor === 'summary' || s.anchor === 'context')
          .map(({ anchor, text }) => ({ anchor, text })),
        indicators: content.indicators.map((i) => ({
          id: i.id,
          domain: i.domain,
          title: i.title,
          question: i.question,
          answer: i.answer,
          kind: i.kind,
          sources: i.sources,
          finding: i.finding,
        })),
      };
    });

  it.each([
    ['profile.md', 'text/markdown'],
    ['profile.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])(
    'keeps every indicator, its fields and sources with their kinds, its finding, the summary and context through %s',
    async (file, type) => {
      const { token } = await invite(server, 'demo', { role: 'facilitator', name: 'Exporter' });
      const exported = await fetch(`${server.url}/api/consultations/demo/export/${file}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toContain(type);
      const res = await upload(new Uint8Array(await exported.arrayBuffer()), file);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.import.warnings).toEqual([]);

      const original = await contentOf('demo');
      const imported = await contentOf(importResponseSchema.parse(res.body).id);
      // Every kind of source crosses, so a writer that drops the kind cannot pass.
      expect(new Set(original.indicators.flatMap((i) => i.sources.map((s) => s.kind))).size).toBeGreaterThan(2);
      expect(original.sections.map((s) => s.anchor)).toEqual(['summary', 'context']);
      expect(imported).toEqual(original);
    },
  );
});

describe('a file that does not fit', () => {
  const bomb = async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', new Uint8Array(60 * 1024 * 1024));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  };
  const cases: [string, () => Promise<Uint8Array | string> | Uint8Array | string, string, number, string, RegExp][] = [
    [
      'not a Word document',
      () => 'plain text',
      'profile.docx',
      415,
      'not_docx',
      /^file: profile.docx is not a Word document/,
    ],
    [
      'a Word document without indicators',
      () => exportedDocx({ ...demoConsultation, indicators: [] }),
      'empty.docx',
      422,
      'not_understood',
      /^file: no indicators found/,
    ],
    ['a zip bomb', bomb, 'bomb.docx', 413, 'too_large', /^file: the Word file unpacks to more than 40 MB$/],
    [
      'Markdown with a heading outside the template',
      () =>
        `${exportedMarkdown({ ...demoConsultation, indicators: demoConsultation.indicators.slice(0, 1) })}\n## Annex\n`,
      'p.md',
      422,
      'not_understood',
      /^line \d+: the heading "Annex" is not part of the template/,
    ],
    ['an empty file', () => '', 'p.md', 422, 'not_understood', /^file: the file is empty$/],
  ];
  it.each(cases)(
    'refuses %s with a JSON error saying what and where, creating nothing',
    async (_, make, name, status, code, message) => {
      const before = await consultationIds();
      const res = await upload(await make(), name);
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(message);
      expect(await consultationIds()).toEqual(before);
    },
  );

  it('refuses a 50 MB upload from its Content-Length, before reading the body', async () => {
    const before = await consultationIds();
    const size = 50 * 1024 * 1024;
    const outcome = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = request(
        `${server.url}/api/consultations/import`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${server.adminToken}`,
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(size),
          },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => {
            body += chunk.toString();
          });
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body, sent });
          });
        },
      );
      req.on('error', (error) => (sent < size ? undefined : reject(error)));
      // Send only the first MB: the answer must come without the rest.
      req.write(Buffer.alloc(1024 * 1024));
      sent += 1024 * 1024;
    });
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toEqual({
      error: { code: 'payload_too_large', message: 'Imported files are limited to 10 MB' },
    });
    expect(outcome.sent).toBeLessThan(size);
    expect(await consultationIds()).toEqual(before);
  });

  it('is refused to anyone but the operator', async () => {
    const { token } = await invite(server, 'demo', { role: 'facilitator', name: 'Importer' });
    const before = await consultationIds();
    const res = await upload(exportedMarkdown(demoConsultation), 'p.md', token);
    expect(res.status).toBe(403);
    expect(await consultationIds()).toEqual(before);
    const form = new FormData();
    const missing = await fetch(`${server.url}/api/consultations/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}` },
      body: form,
    });
    expect(missing.status).toBe(400);
  });
});
