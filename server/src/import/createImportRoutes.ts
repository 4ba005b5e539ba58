import { checkDraftUpdate, refusalReason, SERVER_WRITER } from '@roundtable/draft';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@roundtable/i18n';
import { type ImportedProfile, importProfile } from '@roundtable/import';
import type { ImportResponse } from '@roundtable/profile';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as Y from 'yjs';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import { type ConsultationStore, draftSourceOf } from '../consultations/ConsultationStore.ts';
import { generatedId } from '../consultations/generatedId.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Guard } from '../http/Guard.ts';
import type { Logger } from '../log.ts';

/** The import route's path: its body limit is its own (see `ownBodyLimits` in `createApp`). */
export const IMPORT_PATH = '/api/consultations/import';

/** Uploads are refused past 10 MB, from `Content-Length` or while streaming, before the body is read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * `POST /api/consultations/import` (operator, multipart with the field
 * `file`, and optionally `language`, the documents' language: `en` unless
 * given, a 400 for anything but `en`, `az`, `ru`): a Word (.docx) or Markdown file following the profile template
 * becomes a NEW consultation whose draft is the imported profile. The whole
 * file is read and its draft built and checked by the write policy before
 * anything is stored; the consultation is then created in one write, so a
 * file that does not fit creates nothing. Answers 201 with the consultation
 * and what the import noticed (`warnings`: tracked changes, Word comments).
 */
export function createImportRoutes(deps: {
  consultations: ConsultationStore;
  guard: Guard;
  logger: Logger;
  now?: () => number;
}): Hono {
  const app = new Hono();
  const now = deps.now ?? Date.now;
  app.post(
    IMPORT_PATH,
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: () => {
        throw new ApiError(
          413,
          'payload_too_large',
          `Imported files are limited to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
        );
      },
    }),
    async (c) => {
      await deps.guard.admin(c);
      const { file, language } = await uploadedFile(c.req.raw);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await importProfile(bytes, file.name);
      const at = new Date(now());
      for (let attempt = 0; attempt < 5; attempt++) {
        const record = recordOf(result.profile, at, language);
        if (attempt === 0) await checkSeed(record);
        if (await deps.consultations.create(record)) {
          deps.logger.info('consultation.imported', {
            consultation: record.id,
            format: result.format,
            indicators: result.profile.indicators.length,
            warnings: result.warnings.length,
          });
          const answer: ImportResponse = {
            ...deps.consultations.summary(record),
            import: { format: result.format, indicators: result.profile.indicators.length, warnings: result.warnings },
          };
          return c.json(answer, 201);
        }
      }
      throw new ApiError(409, 'conflict', 'No free consultation id: try again');
    },
  );
  return app;
}

async function uploadedFile(request: Request): Promise<{ file: File; language: Language }> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the file as multipart/form-data in the field "file"');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, 'bad_request', 'The multipart body could not be read');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw new ApiError(400, 'bad_request', 'The field "file" with the document is missing');
  const language = form.get('language') ?? DEFAULT_LANGUAGE;
  if (!isLanguage(language)) throw new ApiError(400, 'bad_request', `language: one of ${LANGUAGES.join(', ')}`);
  if (file.size === 0) throw new ApiError(422, 'not_understood', 'file: the file is empty');
  return { file, language };
}

function recordOf(profile: ImportedProfile, at: Date, language: Language): ConsultationRecord {
  return {
    id: generatedId(profile.country),
    title: profile.title,
    country: profile.country,
    level: 'national',
    round: 1,
    year: profile.year ?? at.getUTCFullYear(),
    status: 'draft',
    languages: ['en'],
    organisations: [],
    language,
    seed: 'imported',
    imported: { summary: profile.summary, context: profile.context, indicators: profile.indicators },
    lifecycle: [],
    createdAt: at.toISOString(),
  };
}

/** The draft the consultation will be seeded with must pass the write policy, or nothing is created. */
async function checkSeed(record: ConsultationRecord): Promise<void> {
  // The headless editor (Lexical, about 40 MB resident) is loaded by the first import or new draft, not at start.
  const { createDraftUpdate } = await import('@roundtable/editor');
  const check = checkDraftUpdate(new Y.Doc(), createDraftUpdate(draftSourceOf(record)), SERVER_WRITER);
  if (check.outcome === 'refuse') {
    throw new ApiError(
      422,
      'not_understood',
      `the imported draft breaks the profile's schema: ${refusalReason(check.refusals)}`,
    );
  }
}
