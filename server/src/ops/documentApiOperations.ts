import {
  compareQuerySchema,
  consultationSettingsRequestSchema,
  consultationSummarySchema,
  importResponseSchema,
  lifecycleRequestSchema,
  restoreRequestSchema,
  restoreResultSchema,
  saveVersionRequestSchema,
  threadFilterSchema,
  versionComparisonSchema,
  versionContentSchema,
  versionListSchema,
  versionMetaSchema,
} from '@roundtable/profile';
import { z } from 'zod';
import { profileExportQuerySchema } from '../export/exportQueries.ts';
import { DRAFT_PREVIEW_PATH } from '../preview/createDraftPreviewRoutes.ts';
import { type ApiOperation, C, ok } from './ApiOperation.ts';

const profile = (ext: string, contentType: string, summary: string): ApiOperation => ({
  method: 'get',
  path: `${C}/export/profile.${ext}`,
  summary,
  who: 'facilitators, operator',
  query: profileExportQuerySchema,
  produces: { status: 200, contentType },
});

/** The read-only draft (`ProfileDocument` of packages/export): its top level; blocks and indicators as the export reads them. */
const draftPreviewSchema = z.looseObject({
  title: z.string(),
  country: z.string(),
  year: z.number(),
  summary: z.array(z.unknown()),
  introduction: z.array(z.unknown()),
  context: z.array(z.unknown()),
  domains: z.array(z.looseObject({ code: z.number(), name: z.string(), indicators: z.array(z.unknown()) })),
  keySources: z.array(z.unknown()),
});

/** The documents routes: the read-only draft, exports, import, named versions, the lifecycle and the documents' language (see README). */
export const DOCUMENT_API_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'patch',
    path: C,
    summary: 'Change the consultation’s settings: `language` (en, az, ru), the language of its exports and minutes',
    who: 'facilitators, operator',
    body: consultationSettingsRequestSchema,
    response: ok(consultationSummarySchema),
  },
  {
    method: 'get',
    path: DRAFT_PREVIEW_PATH,
    summary: 'The draft as the server holds it, read-only (shown while the editor loads on a slow link)',
    who: 'operator, any member',
    response: ok(draftPreviewSchema),
  },
  {
    method: 'get',
    path: `${C}/export/comments.csv`,
    summary: 'The comment matrix as CSV, with the sidebar’s filters, in the consultation’s language',
    who: 'facilitators, operator',
    query: threadFilterSchema,
    produces: { status: 200, contentType: 'text/csv; charset=utf-8' },
  },
  {
    method: 'get',
    path: `${C}/export/comments.xlsx`,
    summary: 'The comment matrix as XLSX, with the sidebar’s filters, in the consultation’s language',
    who: 'facilitators, operator',
    query: threadFilterSchema,
    produces: { status: 200, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  },
  profile(
    'docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'The profile for Word, in the consultation’s language (annotated with ?comments=open)',
  ),
  profile(
    'md',
    'text/markdown; charset=utf-8',
    'The profile in the Markdown template the import reads (field labels in English in every language)',
  ),
  profile(
    'html',
    'text/html; charset=utf-8',
    'The profile as a print-ready page, in the consultation’s language (annotated with ?comments=open)',
  ),
  {
    method: 'post',
    path: '/api/consultations/import',
    summary:
      'A new consultation from a profile in Word or Markdown (multipart, field `file`; optional field `language`: en, az or ru, en by default)',
    who: 'operator',
    response: ok(importResponseSchema, 201),
  },
  {
    method: 'post',
    path: `${C}/versions`,
    summary: 'Save a named version',
    who: 'facilitators',
    body: saveVersionRequestSchema,
    response: ok(versionMetaSchema, 201),
  },
  {
    method: 'get',
    path: `${C}/versions`,
    summary: 'List versions',
    who: 'any member',
    response: ok(versionListSchema),
  },
  {
    method: 'get',
    path: `${C}/versions/compare`,
    summary: 'Compare two versions (or one with `current`) per indicator',
    who: 'any member',
    query: compareQuerySchema,
    response: ok(versionComparisonSchema),
  },
  {
    method: 'get',
    path: `${C}/versions/:versionId`,
    summary: 'Open a version read-only',
    who: 'any member',
    response: ok(versionContentSchema),
  },
  {
    method: 'post',
    path: `${C}/versions/:versionId/restore`,
    summary: 'Restore the draft or one indicator from a version, as a new change',
    who: 'facilitators',
    body: restoreRequestSchema,
    bodyOptional: true,
    response: ok(restoreResultSchema),
  },
  {
    method: 'put',
    path: `${C}/lifecycle`,
    summary: 'Move the consultation through draft, in consultation, validated, published',
    who: 'facilitators',
    body: lifecycleRequestSchema,
    response: ok(consultationSummarySchema),
  },
];
