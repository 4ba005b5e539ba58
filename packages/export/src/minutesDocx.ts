import type { Language } from '@roundtable/i18n';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { lexer, type Token, type Tokens } from 'marked';
import { DOCUMENT_FONT } from './documentFont.ts';
import { documentText } from './documentText.ts';

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** The runs of inline Markdown tokens: text, bold, italics and code as themselves, escapes undone. */
function runsOf(tokens: readonly Token[] | undefined, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const token of tokens ?? []) {
    if (token.type === 'strong') runs.push(...runsOf((token as Tokens.Strong).tokens, { ...style, bold: true }));
    else if (token.type === 'em') runs.push(...runsOf((token as Tokens.Em).tokens, { ...style, italics: true }));
    else if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0)
      runs.push(...runsOf(token.tokens as Token[], style));
    else if ('text' in token && typeof token.text === 'string')
      runs.push(new TextRun({ text: decode(token.text), ...style }));
  }
  return runs;
}

/** marked leaves HTML entities in text tokens (`&amp;`, `&#39;`): back to characters. */
function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function blocksOf(token: Token): (Paragraph | Table)[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      const level = HEADINGS[Math.min(heading.depth, HEADINGS.length) - 1];
      return [new Paragraph({ heading: level, children: runsOf(heading.tokens) })];
    }
    case 'paragraph':
      return [new Paragraph({ children: runsOf((token as Tokens.Paragraph).tokens) })];
    case 'list':
      return (token as Tokens.List).items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runsOf(item.tokens) }),
      );
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[], bold: boolean) =>
        new TableRow({
          tableHeader: bold,
          children: cells.map(
            (cell) => new TableCell({ children: [new Paragraph({ children: runsOf(cell.tokens, { bold }) })] }),
          ),
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
        }),
      ];
    }
    case 'space':
      return [];
    default:
      return 'text' in token && typeof token.text === 'string' && token.text.trim() !== ''
        ? [new Paragraph({ children: [new TextRun(decode(token.text))] })]
        : [];
  }
}

/**
 * The meeting's minutes (the Markdown of @roundtable/meeting's
 * `meetingMinutes`: headings, paragraphs, bullet lists, bold, one table of
 * decisions) as a Word document, read with marked's lexer and written with
 * `docx`, in {@link DOCUMENT_FONT} (it has ə and Cyrillic). `options.language`
 * (the consultation's) names the file's title and the language Word checks
 * the text in; the text itself comes written in it. Returns the .docx bytes.
 *
 * @example
 * const bytes = await minutesDocx('# Minutes\n\n- Status: **Agreed**\n', { language: 'az' });
 */
export async function minutesDocx(markdown: string, options: { language?: Language } = {}): Promise<Uint8Array> {
  const text = documentText(options.language);
  const children = lexer(markdown).flatMap(blocksOf);
  const font = { ascii: DOCUMENT_FONT, hAnsi: DOCUMENT_FONT, cs: DOCUMENT_FONT, eastAsia: DOCUMENT_FONT };
  const document = new Document({
    creator: 'Roundtable',
    title: text.t('export.minutes.title'),
    styles: { default: { document: { run: { font, language: { value: text.locale } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
