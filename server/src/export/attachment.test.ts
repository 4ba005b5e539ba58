import { describe, expect, it } from 'vitest';
import { attachment } from './attachment.ts';

describe('attachment', () => {
  it('keeps a plain name as it is in both forms', () => {
    expect(attachment('demo-comments.csv')).toBe(
      `attachment; filename="demo-comments.csv"; filename*=UTF-8''demo-comments.csv`,
    );
  });

  it('never lets quotes, semicolons, slashes or line breaks out of the header, and keeps UTF-8 in filename*', () => {
    const header = attachment('a";\r\nX-Evil: 1/../Bakı (2026)\'.docx');
    expect(header).not.toMatch(/[\r\n]/);
    const [, ascii] = /filename="([^"]*)"/.exec(header) ?? [];
    expect(ascii).toBe('a____X-Evil__1_.._Bak___2026__.docx');
    const [, encoded] = /filename\*=UTF-8''(\S+)$/.exec(header) ?? [];
    expect(decodeURIComponent(encoded ?? '')).toBe('a";\r\nX-Evil: 1/../Bakı (2026)\'.docx');
    expect(encoded).toMatch(/^[A-Za-z0-9%._~!-]+$/);
  });
});
