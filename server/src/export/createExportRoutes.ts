import {
  commentMatrix,
  commentMatrixCsv,
  commentMatrixXlsx,
  profileDocx,
  profileHtml,
  profileMarkdown,
} from '@roundtable/export';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ThreadService } from '../comments/ThreadService.ts';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import { type ConsultationStore, languageOf, timeZoneOf } from '../consultations/ConsultationStore.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Guard } from '../http/Guard.ts';
import { parseInput } from '../http/readBody.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import { attachment } from './attachment.ts';
import { ExportSources } from './ExportSources.ts';
import { matrixExportQuerySchema, profileExportQuerySchema } from './exportQueries.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Downloads for roles that may `export` (facilitators, and the operator):
 * the comment matrix (`comments.xlsx`, `comments.csv`, filtered like the
 * comment sidebar) and the profile (`profile.docx`, `profile.md`,
 * `profile.html`; `?comments=open` annotates the DOCX and the HTML), all
 * under `/api/consultations/:id/export/`, read from the server's own draft
 * and threads, in the consultation's language and time zone.
 */
export function createExportRoutes(deps: {
  guard: Guard;
  consultations: ConsultationStore;
  threads: ThreadService;
  rooms: RoomManager;
}): Hono {
  const app = new Hono();
  const sources = new ExportSources(deps);
  const base = '/api/consultations/:id/export';

  const allowed = async (c: Context): Promise<ConsultationRecord> => {
    const id = c.req.param('id') ?? '';
    await deps.guard.access(c, id, 'export');
    const record = await deps.consultations.get(id);
    if (record === null) throw new ApiError(404, 'not_found', 'No such consultation');
    return record;
  };
  const today = (): string => new Date().toISOString().slice(0, 10);

  const matrix = async (c: Context) => {
    const record = await allowed(c);
    const query = parseInput(matrixExportQuerySchema, c.req.query());
    const filter = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
    const { threads, outline } = await sources.matrix(record, filter);
    // A narrowed matrix says so in its name: it is not the meeting's whole record.
    const name = `${record.id}-comment-matrix${Object.keys(filter).length > 0 ? '-filtered' : ''}-${today()}`;
    return { record, name, matrix: commentMatrix(threads, outline, timeZoneOf(record), languageOf(record)) };
  };

  app.get(`${base}/comments.csv`, async (c) => {
    const { name, matrix: m } = await matrix(c);
    return c.body(commentMatrixCsv(m), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(`${name}.csv`),
    });
  });

  app.get(`${base}/comments.xlsx`, async (c) => {
    const { name, matrix: m } = await matrix(c);
    const bytes = await commentMatrixXlsx(m);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX,
      'content-disposition': attachment(`${name}.xlsx`),
    });
  });

  const profile = async (c: Context) => {
    const record = await allowed(c);
    const annotated = parseInput(profileExportQuerySchema, c.req.query()).comments === 'open';
    const read = await sources.profile(record, annotated);
    const name = `${record.id}-profile${annotated ? '-annotated' : ''}-${today()}`;
    return {
      ...read,
      name,
      generatedAt: new Date().toISOString(),
      timeZone: timeZoneOf(record),
      language: languageOf(record),
    };
  };

  app.get(`${base}/profile.docx`, async (c) => {
    const p = await profile(c);
    const bytes = await profileDocx(p.profile, {
      generatedAt: p.generatedAt,
      timeZone: p.timeZone,
      language: p.language,
      ...(p.annotations === undefined ? {} : { annotations: p.annotations }),
    });
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': DOCX,
      'content-disposition': attachment(`${p.name}.docx`),
    });
  });

  app.get(`${base}/profile.html`, async (c) => {
    const p = await profile(c);
    const html = profileHtml(p.profile, {
      generatedAt: p.generatedAt,
      timeZone: p.timeZone,
      language: p.language,
      ...(p.annotations === undefined ? {} : { annotations: p.annotations }),
    });
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      // Opened in the browser to print; nothing in it may run or load anything.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'content-disposition': `inline; ${attachment(`${p.name}.html`).slice('attachment; '.length)}`,
    });
  });

  app.get(`${base}/profile.md`, async (c) => {
    const record = await allowed(c);
    if (parseInput(profileExportQuerySchema, c.req.query()).comments !== undefined) {
      throw new ApiError(
        400,
        'bad_request',
        'profile.md is the import template and carries no comments: use profile.docx or profile.html with ?comments=open',
      );
    }
    const { profile: doc } = await sources.profile(record, false);
    return c.body(profileMarkdown(doc, languageOf(record)), 200, {
      'content-type': 'text/markdown; charset=utf-8',
      'content-disposition': attachment(`${record.id}-profile-${today()}.md`),
    });
  });
  return app;
}
