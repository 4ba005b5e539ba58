import { consultationPath } from '../app/apiRequest.ts';
import type { CommentFilters } from '../comments/commentFilters.ts';

/** One download of the Export menu. */
export interface ExportLink {
  id: string;
  /** Catalogue key of its name (namespace `exportMenu`). */
  label: string;
  /** Catalogue key of what the file is, in a few words. */
  hint: string;
  href: string;
  /** Downloaded as a file; otherwise opened in a new tab (the print page). */
  download: boolean;
}

/**
 * The comment sidebar's filters as the matrix export's query (the
 * parameters of `GET /threads`): status, type, domain, organisation, and the
 * indicator picked under "All"; the indicator in view is the reading
 * position, not a filter, so the matrix does not follow it.
 *
 * @example
 * matrixQuery({ ...DEFAULT_FILTERS, status: 'open', domain: 2 }).toString(); // 'domain=2&status=open'
 */
export function matrixQuery(filters: CommentFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.scope === 'all' && filters.indicator !== null) query.set('indicator', filters.indicator);
  if (filters.domain !== null) query.set('domain', String(filters.domain));
  if (filters.organisation !== null) query.set('organisation', filters.organisation);
  if (filters.type !== null) query.set('type', filters.type);
  if (filters.status !== 'any') query.set('status', filters.status);
  return query;
}

/**
 * The downloads of the Export menu for a consultation. The matrix of every
 * comment comes first, always: a filter set by a click on an indicator's
 * comment button must not quietly narrow the meeting's record. While the
 * sidebar's `filters` narrow the list, the matrix of what they select
 * follows it, named as such (and so is its file, by the server).
 */
export function exportLinks(consultationId: string, filters: CommentFilters): ExportLink[] {
  const path = (file: string, query = '') =>
    `${consultationPath(consultationId, `/export/${file}`)}${query === '' ? '' : `?${query}`}`;
  const matrix = matrixQuery(filters).toString();
  const filtered: ExportLink[] =
    matrix === ''
      ? []
      : [
          {
            id: 'matrix-xlsx-filtered',
            label: 'exportMenu.matrixXlsxFiltered',
            hint: 'exportMenu.hint.filtered',
            href: path('comments.xlsx', matrix),
            download: true,
          },
          {
            id: 'matrix-csv-filtered',
            label: 'exportMenu.matrixCsvFiltered',
            hint: 'exportMenu.hint.filtered',
            href: path('comments.csv', matrix),
            download: true,
          },
        ];
  return [
    {
      id: 'matrix-xlsx',
      label: 'exportMenu.matrixXlsx',
      hint: 'exportMenu.hint.everyComment',
      href: path('comments.xlsx'),
      download: true,
    },
    {
      id: 'matrix-csv',
      label: 'exportMenu.matrixCsv',
      hint: 'exportMenu.hint.everyComment',
      href: path('comments.csv'),
      download: true,
    },
    ...filtered,
    { id: 'docx', label: 'exportMenu.docx', hint: 'exportMenu.hint.clean', href: path('profile.docx'), download: true },
    {
      id: 'docx-annotated',
      label: 'exportMenu.docxAnnotated',
      hint: 'exportMenu.hint.tracked',
      href: path('profile.docx', 'comments=open'),
      download: true,
    },
    {
      id: 'html',
      label: 'exportMenu.print',
      hint: 'exportMenu.hint.printPage',
      href: path('profile.html'),
      download: false,
    },
    {
      id: 'html-annotated',
      label: 'exportMenu.printAnnotated',
      hint: 'exportMenu.hint.printPage',
      href: path('profile.html', 'comments=open'),
      download: false,
    },
    {
      id: 'md',
      label: 'exportMenu.markdown',
      hint: 'exportMenu.hint.template',
      href: path('profile.md'),
      download: true,
    },
  ];
}
