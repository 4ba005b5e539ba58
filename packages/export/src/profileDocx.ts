import { ANSWER_KEYS, FINDING_KIND_KEYS, type Language, SOURCE_KIND_KEYS, THREAD_TYPE_KEYS } from '@roundtable/i18n';
import type { Source, Thread } from '@roundtable/profile';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  type ICommentOptions,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TableOfContents,
  TextRun,
} from 'docx';
import { DOCUMENT_FONT } from './documentFont.ts';
import { type DocumentText, documentDate, documentText, domainHeading, messagePieces } from './documentText.ts';
import type { ProfileAnnotations } from './ProfileAnnotations.ts';
import {
  type Block,
  type Inline,
  type ProfileDocument,
  type ProfileIndicator,
  TEXT_FORMAT,
} from './ProfileDocument.ts';
import { xmlSafe } from './xmlText.ts';

/** How a DOCX export is made: clean, or annotated with open threads and pending changes. */
export interface ProfileDocxOptions {
  /** Threads to show as Word comments and tracked changes; none for the clean variant. */
  annotations?: ProfileAnnotations;
  /** When the export was made (ISO), shown on the title page. */
  generatedAt: string;
  /** The language of the document's own words and dates (the consultation's); default `en`. */
  language?: Language;
  /** IANA time zone of the title page's date (the consultation's); default `UTC`. */
  timeZone?: string;
}

const ORDERED = 'ordered-list';

const FONT = { ascii: DOCUMENT_FONT, hAnsi: DOCUMENT_FONT, cs: DOCUMENT_FONT, eastAsia: DOCUMENT_FONT };

/**
 * The profile as a Word document (`docx` 9): a title page, a table of
 * contents (filled in, linked to the headings; Word refreshes its page
 * numbers when it opens the file), the summary, introduction, country
 * context, each domain (Heading 1) and indicator (Heading 2) with its
 * question, answer, kind, finding and sources (one bullet each,
 * `<kind label> (<year>): <title>` as in the Markdown template, so an
 * import reads them back with their kind), then key sources; page
 * numbers ("Page n of m") in the footer.
 *
 * Annotated (`options.annotations`): each open thread is a Word comment on
 * the text it quotes (on the indicator's heading when the text has no place
 * any more or the thread has no anchor), with its type, body and proposed
 * wording, and its replies as replies; each accepted proposal not yet
 * applied is a tracked change by the facilitator who accepted it, dated
 * when they did: the quoted text deleted and the proposed wording inserted
 * (inserted after the finding when it has no place in the text).
 *
 * Headings, field labels, vocabulary and the title page are in
 * `options.language`; source kinds are written with their label in that
 * language, which the import reads in any of the three.
 *
 * @example
 * const bytes = await profileDocx(profile, { generatedAt: new Date().toISOString() });
 */
export async function profileDocx(input: ProfileDocument, options: ProfileDocxOptions): Promise<Uint8Array> {
  // Word refuses a file with a character XML may not hold: replace any in what people typed.
  const profile = xmlSafe(input);
  const a = options.annotations;
  const text = documentText(options.language);
  const { t } = text;
  const writer = new DocxWriter(
    a === undefined ? undefined : { open: xmlSafe([...a.open]), changes: xmlSafe([...a.changes]), placed: a.placed },
    text,
  );
  const contents = t('export.profile.contents');
  const body: (Paragraph | TableOfContents)[] = [
    ...titlePage(profile, options, text),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(contents)] }),
    new TableOfContents(contents, { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const section = (title: string, blocks: readonly Block[]): void => {
    if (blocks.length === 0) return;
    body.push(heading(title, HeadingLevel.HEADING_1), ...writer.blocks(blocks));
  };
  section(t('export.profile.summary'), profile.summary);
  section(t('export.profile.introduction'), profile.introduction);
  section(t('export.profile.context'), profile.context);
  for (const domain of profile.domains) {
    const title = domainHeading(text, domain.code, domain.name);
    // Each domain starts a page, as in a published profile.
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(title)] }),
    );
    for (const indicator of domain.indicators) body.push(...writer.indicator(indicator));
  }
  section(t('export.profile.keySources'), profile.keySources);
  const doc = new Document({
    creator: 'Roundtable',
    title: profile.title,
    description: t('export.profile.description', { country: profile.country, year: String(profile.year) }),
    // Word fills in the table of contents' page numbers when it opens the file. docx's own page estimator
    // (docx/layout) would write them, but took 5 s for the annotated demo profile, over the 2 s budget.
    features: { updateFields: true },
    comments: { children: writer.comments },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: text.locale } },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { font: FONT, size: 40, bold: true, color: '1F4E79' }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '2E74B5' },
          paragraph: { spacing: { before: 320, after: 80 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'FieldLine',
          name: 'Field line',
          basedOn: 'Normal',
          run: { size: 20, color: '404040' },
          paragraph: { spacing: { after: 40 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [0, 1, 2, 3, 4].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        // The title page has no page number.
        properties: { titlePage: true },
        footers: {
          first: new Footer({ children: [new Paragraph({})] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: pageNumberRuns(text), size: 18 })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** "Page n of m" in the document's language, with Word's page fields where the numbers go. */
function pageNumberRuns(text: DocumentText): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return messagePieces(text, 'export.profile.page', ['page', 'pages']).map((piece) =>
    typeof piece === 'string' ? piece : piece.hole === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES,
  );
}

function titlePage(profile: ProfileDocument, options: ProfileDocxOptions, text: DocumentText): Paragraph[] {
  const { t } = text;
  const line = (text: string, size: number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text, size, bold })],
    });
  const annotated = options.annotations;
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      children: [new TextRun({ text: profile.title, size: 48, bold: true, color: '1F4E79' })],
    }),
    line(profile.country, 32),
    line(String(profile.year), 28),
    line(t('export.profile.series'), 24),
    line(
      t('export.profile.exported', { date: documentDate(text, options.generatedAt, options.timeZone ?? 'UTC') }),
      20,
    ),
    ...(annotated === undefined
      ? []
      : [line(t('export.profile.annotated', { open: annotated.open.length, changes: annotated.changes.length }), 20)]),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function heading(
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  children?: ParagraphChild[],
): Paragraph {
  return new Paragraph({ heading: level, children: children ?? [new TextRun(text)] });
}

/** Lays out blocks and indicators, collecting Word comments and numbering revisions as it goes. */
class DocxWriter {
  readonly comments: ICommentOptions[] = [];
  private readonly commentIds = new Map<string, number[]>();
  private readonly threads = new Map<string, Thread>();
  private readonly changes = new Set<string>();
  private readonly active = new Set<string>();
  private revision = 1;
  private listInstance = 0;

  constructor(
    private readonly annotations: ProfileAnnotations | undefined,
    private readonly text: DocumentText,
  ) {
    for (const thread of annotations?.open ?? []) {
      this.threads.set(thread.id, thread);
      this.commentIds.set(thread.id, this.addComments(thread));
    }
    for (const thread of annotations?.changes ?? []) {
      this.threads.set(thread.id, thread);
      this.changes.add(thread.id);
    }
  }

  indicator(indicator: ProfileIndicator): Paragraph[] {
    const unplaced = [...this.threads.values()].filter(
      (t) => t.indicatorId === indicator.id && !this.annotations?.placed.has(t.id),
    );
    const headingRuns: ParagraphChild[] = [new TextRun(`${indicator.id} ${indicator.title}`)];
    const onHeading = unplaced.filter((t) => this.commentIds.has(t.id));
    const out: Paragraph[] = [heading('', HeadingLevel.HEADING_2, this.wrapInComments(onHeading, headingRuns))];
    const { t } = this.text;
    const notSet = t('export.value.notSet');
    out.push(fieldLine(t('export.field.question'), indicator.question));
    out.push(
      fieldLine(t('export.field.answer'), indicator.answer === undefined ? notSet : t(ANSWER_KEYS[indicator.answer])),
    );
    out.push(
      fieldLine(t('export.field.kind'), indicator.kind === undefined ? notSet : t(FINDING_KIND_KEYS[indicator.kind])),
    );
    out.push(...this.blocks(indicator.finding));
    for (const change of unplaced.filter((t) => this.changes.has(t.id))) {
      out.push(new Paragraph({ children: [this.inserted(change)] }));
    }
    if (indicator.sources.length > 0) {
      out.push(
        new Paragraph({ style: 'FieldLine', children: [new TextRun({ text: t('export.field.sources'), bold: true })] }),
      );
      for (const source of indicator.sources) {
        out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(sourceText(source, this.text))] }));
      }
    }
    return out;
  }

  blocks(blocks: readonly Block[]): Paragraph[] {
    const out: Paragraph[] = [];
    for (const block of blocks) {
      if (block.kind === 'paragraph') {
        out.push(new Paragraph({ children: this.inlines(block.inlines) }));
        continue;
      }
      const instance = this.listInstance++;
      for (const item of block.items) {
        const level = Math.min(item.level, 4);
        out.push(
          new Paragraph({
            children: this.inlines(item.inlines),
            ...(block.ordered ? { numbering: { reference: ORDERED, level, instance } } : { bullet: { level } }),
          }),
        );
      }
    }
    return out;
  }

  private inlines(inlines: readonly Inline[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const inline of inlines) {
      if (inline.kind === 'mark') {
        out.push(...this.mark(inline.id, inline.edge));
        continue;
      }
      if (inline.kind === 'break') {
        out.push(new TextRun({ break: 1 }));
        continue;
      }
      const deleting = [...this.active].find((id) => this.changes.has(id));
      const run = deleting === undefined ? textRun(inline) : this.deleted(inline, deleting);
      out.push(
        inline.link === undefined || deleting !== undefined
          ? run
          : new ExternalHyperlink({ link: inline.link, children: [run] }),
      );
    }
    return out;
  }

  private mark(id: string, edge: 'start' | 'end'): ParagraphChild[] {
    const thread = this.threads.get(id);
    if (thread === undefined) return [];
    if (edge === 'start') this.active.add(id);
    else this.active.delete(id);
    if (this.changes.has(id)) return edge === 'end' ? [this.inserted(thread)] : [];
    const ids = this.commentIds.get(id) ?? [];
    if (edge === 'start') return ids.map((n) => new CommentRangeStart(n));
    return ids.flatMap((n) => [new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] })]);
  }

  private wrapInComments(threads: readonly Thread[], runs: ParagraphChild[]): ParagraphChild[] {
    const ids = threads.flatMap((t) => this.commentIds.get(t.id) ?? []);
    return [
      ...ids.map((n) => new CommentRangeStart(n)),
      ...runs,
      ...ids.flatMap((n) => [new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] })]),
    ];
  }

  /** The thread's comments as Word comments: the opening one, then each reply with the opening one as parent. */
  private addComments(thread: Thread): number[] {
    const ids: number[] = [];
    const { t } = this.text;
    let parent: number | undefined;
    for (const comment of thread.comments) {
      const id = this.comments.length;
      const text = comment.deletedAt === undefined ? comment.body : t('export.thread.deleted');
      const children: Paragraph[] = [];
      if (parent === undefined) {
        children.push(
          new Paragraph({
            children: [new TextRun({ text: `${t(THREAD_TYPE_KEYS[thread.type])}: `, bold: true }), new TextRun(text)],
          }),
        );
        if (thread.proposedText) {
          children.push(
            new Paragraph({
              children: [
                new TextRun({ text: `${t('export.thread.proposedWording')}: `, bold: true }),
                new TextRun(thread.proposedText),
              ],
            }),
          );
        }
      } else children.push(new Paragraph(text));
      this.comments.push({
        id,
        author: `${comment.author.name} (${comment.author.organisation})`,
        initials: initials(comment.author.name),
        date: new Date(comment.createdAt),
        children,
        ...(parent === undefined ? {} : { parentId: parent }),
      });
      parent ??= id;
      ids.push(id);
    }
    return ids;
  }

  private deleted(inline: Extract<Inline, { kind: 'text' }>, threadId: string): DeletedTextRun {
    const r = this.threads.get(threadId)?.resolution;
    return new DeletedTextRun({
      id: this.revision++,
      author: r?.by.name ?? 'Roundtable',
      date: r?.at ?? new Date(0).toISOString(),
      text: inline.text,
      ...formatOf(inline.format),
    });
  }

  private inserted(thread: Thread): InsertedTextRun {
    return new InsertedTextRun({
      id: this.revision++,
      author: thread.resolution?.by.name ?? 'Roundtable',
      date: thread.resolution?.at ?? new Date(0).toISOString(),
      text: thread.proposedText ?? '',
    });
  }
}

/** `<kind label> (<year>): <title>`, as the Markdown template's source line, so an import reads the kind back. */
function sourceText(source: Source, text: DocumentText): string {
  const year = source.year === undefined ? '' : ` (${source.year})`;
  return `${text.t(SOURCE_KIND_KEYS[source.kind])}${year}: ${source.title.replace(/\s+/g, ' ').trim()}`;
}

function fieldLine(label: string, value: string): Paragraph {
  return new Paragraph({
    style: 'FieldLine',
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

function textRun(inline: Extract<Inline, { kind: 'text' }>): TextRun {
  return new TextRun({
    text: inline.text,
    ...formatOf(inline.format),
    ...(inline.link === undefined ? {} : { style: 'Hyperlink' }),
  });
}

function formatOf(format: number): { bold?: boolean; italics?: boolean; strike?: boolean; underline?: object } {
  return {
    ...(format & TEXT_FORMAT.bold ? { bold: true } : {}),
    ...(format & TEXT_FORMAT.italic ? { italics: true } : {}),
    ...(format & TEXT_FORMAT.strikethrough ? { strike: true } : {}),
    ...(format & TEXT_FORMAT.underline ? { underline: {} } : {}),
  };
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => [...w][0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
}
