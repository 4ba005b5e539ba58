import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../comments/commentFilters.ts';
import { exportLinks, matrixQuery } from './exportLinks.ts';

describe('matrixQuery', () => {
  it("turns the sidebar's filters into the matrix export's query, ignoring the indicator in view", () => {
    expect(matrixQuery(DEFAULT_FILTERS).toString()).toBe('');
    expect(
      matrixQuery({
        scope: 'all',
        indicator: '2.4',
        domain: 2,
        organisation: 'Министерство труда',
        type: 'question',
        status: 'open',
        search: '',
      }).toString(),
    ).toBe(
      'indicator=2.4&domain=2&organisation=%D0%9C%D0%B8%D0%BD%D0%B8%D1%81%D1%82%D0%B5%D1%80%D1%81%D1%82%D0%B2%D0%BE+%D1%82%D1%80%D1%83%D0%B4%D0%B0&type=question&status=open',
    );
    expect(matrixQuery({ ...DEFAULT_FILTERS, scope: 'in-view', indicator: '2.4' }).toString()).toBe('');
  });
});

describe('exportLinks', () => {
  it('offers the whole matrix first, then the filtered one, and the profile in every format, the id escaped', () => {
    const links = exportLinks('a b', { ...DEFAULT_FILTERS, status: 'resolved' });
    expect(links.map((l) => l.href)).toEqual([
      '/api/consultations/a%20b/export/comments.xlsx',
      '/api/consultations/a%20b/export/comments.csv',
      '/api/consultations/a%20b/export/comments.xlsx?status=resolved',
      '/api/consultations/a%20b/export/comments.csv?status=resolved',
      '/api/consultations/a%20b/export/profile.docx',
      '/api/consultations/a%20b/export/profile.docx?comments=open',
      '/api/consultations/a%20b/export/profile.html',
      '/api/consultations/a%20b/export/profile.html?comments=open',
      '/api/consultations/a%20b/export/profile.md',
    ]);
    expect(links.filter((l) => !l.download).map((l) => l.id)).toEqual(['html', 'html-annotated']);
    expect(links.slice(0, 4).map((l) => [l.label, l.hint])).toEqual([
      ['exportMenu.matrixXlsx', 'exportMenu.hint.everyComment'],
      ['exportMenu.matrixCsv', 'exportMenu.hint.everyComment'],
      ['exportMenu.matrixXlsxFiltered', 'exportMenu.hint.filtered'],
      ['exportMenu.matrixCsvFiltered', 'exportMenu.hint.filtered'],
    ]);
  });

  it('offers only the whole matrix when nothing narrows the sidebar, the indicator in view included', () => {
    const links = exportLinks('demo', { ...DEFAULT_FILTERS, scope: 'in-view', indicator: '2.4' });
    expect(links.filter((l) => l.id.startsWith('matrix')).map((l) => l.href)).toEqual([
      '/api/consultations/demo/export/comments.xlsx',
      '/api/consultations/demo/export/comments.csv',
    ]);
  });
});
