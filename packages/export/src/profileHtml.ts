import { isSafeUrl } from '@roundtable/draft';
import { ANSWER_KEYS, FINDING_KIND_KEYS, type Language, THREAD_TYPE_KEYS } from '@roundtable/i18n';
import type { Thread } from '@roundtable/profile';
import {
  type DocumentText,
  documentDate,
  documentDateTime,
  documentText,
  domainHeading,
  messagePieces,
} from './documentText.ts';
import type { ProfileAnnotations } from './ProfileAnnotations.ts';
import {
  type Block,
  type Inline,
  type ProfileDocument,
  type ProfileIndicator,
  TEXT_FORMAT,
} from './ProfileDocument.ts';

/** How an HTML export is made: clean, or annotated with open threads and pending changes. */
export interface ProfileHtmlOptions {
  annotations?: ProfileAnnotations;
  /** When the export was made (ISO), shown on the title page. */
  generatedAt: string;
  /** IANA time zone the threads' times are shown in (the consultation's); default `UTC`. */
  timeZone?: string;
  /** The language of the page's own words and dates (the consultation's); default `en`. */
  language?: Language;
}

/**
 * The profile as one print-ready HTML page (no script, no outside
 * resource): a title page, a table of contents linked to the headings, the
 * summary, introduction, country context, domains and indicators (question,
 * answer, kind, finding, sources) and key sources. Printing it from a
 * browser ("Save as PDF") gives A4 pages numbered "Page n of m" by CSS
 * `@page` margin boxes and counters, each domain on a new page.
 *
 * Annotated (`options.annotations`): the text each open thread quotes is
 * highlighted and numbered, and the threads (type, author, organisation,
 * time, body, proposed wording, replies) follow their indicator; each
 * accepted proposal not yet applied shows as `<del>` and `<ins>` with the
 * facilitator and date. Headings, labels and dates are in `options.language`
 * (the page's `lang`). Everything people typed is escaped.
 */
export function profileHtml(profile: ProfileDocument, options: ProfileHtmlOptions): string {
  const text = documentText(options.language);
  const { t } = text;
  const timeZone = options.timeZone ?? 'UTC';
  const w = new HtmlWriter(options.annotations, timeZone, text);
  const toc: string[] = [];
  const body: string[] = [];
  const section = (id: string, title: string, blocks: readonly Block[]): void => {
    if (blocks.length === 0) return;
    toc.push(`<li><a href="#${id}">${esc(title)}</a></li>`);
    body.push(`<section class="section"><h1 id="${id}">${esc(title)}</h1>${w.blocks(blocks)}</section>`);
  };
  section('summary', t('export.profile.summary'), profile.summary);
  section('introduction', t('export.profile.introduction'), profile.introduction);
  section('context', t('export.profile.context'), profile.context);
  for (const domain of profile.domains) {
    const title = domainHeading(text, domain.code, domain.name);
    const id = `domain-${domain.code}`;
    const items = domain.indicators.map(
      (i) => `<li><a href="#indicator-${attr(i.id)}">${esc(`${i.id} ${i.title}`)}</a></li>`,
    );
    toc.push(`<li><a href="#${id}">${esc(title)}</a><ol>${items.join('')}</ol></li>`);
    body.push(
      `<section class="domain"><h1 id="${id}">${esc(title)}</h1>${domain.indicators.map((i) => w.indicator(i)).join('')}</section>`,
    );
  }
  section('key-sources', t('export.profile.keySources'), profile.keySources);
  const a = options.annotations;
  const note =
    a === undefined
      ? ''
      : `<p class="note">${esc(t('export.profile.annotated', { open: a.open.length, changes: a.changes.length }))}</p>`;
  const contents = esc(t('export.profile.contents'));
  return `<!doctype html>
<html lang="${attr(text.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(profile.title)}</title>
<style>${pageStyle(text)}</style>
</head>
<body>
<header class="title-page">
<h1 class="title">${esc(profile.title)}</h1>
<p class="country">${esc(profile.country)}</p>
<p class="year">${profile.year}</p>
<p class="series">${esc(t('export.profile.series'))}</p>
<p class="generated">${esc(t('export.profile.exported', { date: documentDate(text, options.generatedAt, timeZone) }))}</p>
${note}
</header>
<nav class="toc" aria-label="${contents}"><h1>${contents}</h1><ol>${toc.join('')}</ol></nav>
<main>${body.join('\n')}</main>
</body>
</html>
`;
}

/** "Page n of m" in the page's language, as CSS `content`: the message's words as strings around the page counters. */
function pageCounter(text: DocumentText): string {
  return messagePieces(text, 'export.profile.page', ['page', 'pages'])
    .map((piece) =>
      typeof piece === 'string' ? `"${piece.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"` : `counter(${piece.hole})`,
    )
    .join(' ');
}

// Fonts: the first of each list that the reader has; each one named covers Azerbaijani Latin (ə) and Cyrillic.
const pageStyle = (text: DocumentText): string => `
@page { size: A4; margin: 22mm 20mm 24mm;
  @bottom-center { content: ${pageCounter(text)}; font: 9pt system-ui, sans-serif; color: #555; } }
@page :first { @bottom-center { content: none; } }
body { font: 11pt/1.45 Georgia, "Noto Serif", "DejaVu Serif", "Times New Roman", serif; color: #1a1a1a; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1, h2, .field, .sources, .toc, .thread, .title-page { font-family: system-ui, "Segoe UI", Arial, sans-serif; }
h1 { font-size: 18pt; color: #1f4e79; margin: 0 0 .6em; }
h2 { font-size: 13pt; color: #1f4e79; margin: 1.4em 0 .3em; break-after: avoid; }
.title-page { text-align: center; padding-top: 30vh; break-after: page; }
.title-page .title { font-size: 26pt; }
.title-page p { margin: .4em 0; font-size: 14pt; }
.title-page .generated, .title-page .note { font-size: 10pt; color: #555; }
.toc { break-after: page; }
.toc ol { list-style: none; padding-left: 0; }
.toc ol ol { padding-left: 1.5em; font-size: 9.5pt; columns: 2; column-gap: 2em; }
.toc li { break-inside: avoid; }
.toc a { color: inherit; text-decoration: none; }
.domain { break-before: page; }
.section + .section { margin-top: 1.6em; }
.field { margin: .15em 0; font-size: 10pt; color: #404040; }
.field b { color: #1a1a1a; }
.sources { font-size: 10pt; }
.indicator { break-inside: auto; }
mark { background: #fff2a8; }
mark sup { font: bold 7pt system-ui, sans-serif; color: #8a6d00; }
ins { background: #e3f4e1; text-decoration: underline; }
del { background: #fbe3e3; }
.threads { border-left: 3px solid #e0b000; margin: .8em 0; padding: .2em .8em; font-size: 9.5pt; break-inside: avoid; }
.thread { margin: .4em 0; }
.thread .meta { color: #555; }
.thread .reply { margin-left: 1.2em; }
a { color: #1f4e79; }
@media print { body { max-width: none; margin: 0; padding: 0; } .title-page { padding-top: 35%; } }
`;

class HtmlWriter {
  private readonly threads = new Map<string, { thread: Thread; number: number }>();
  private readonly changes = new Set<string>();
  private readonly active = new Set<string>();

  constructor(
    private readonly annotations: ProfileAnnotations | undefined,
    private readonly timeZone: string,
    private readonly text: DocumentText,
  ) {
    let number = 1;
    for (const thread of annotations?.open ?? []) this.threads.set(thread.id, { thread, number: number++ });
    for (const thread of annotations?.changes ?? []) {
      this.threads.set(thread.id, { thread, number: 0 });
      this.changes.add(thread.id);
    }
  }

  indicator(i: ProfileIndicator): string {
    const { t } = this.text;
    const field = (label: string, value: string) => `<p class="field"><b>${esc(label)}:</b> ${esc(value)}</p>`;
    const notSet = t('export.value.notSet');
    const parts = [
      `<article class="indicator"><h2 id="indicator-${attr(i.id)}">${esc(`${i.id} ${i.title}`)}</h2>`,
      field(t('export.field.question'), i.question),
      field(t('export.field.answer'), i.answer === undefined ? notSet : t(ANSWER_KEYS[i.answer])),
      field(t('export.field.kind'), i.kind === undefined ? notSet : t(FINDING_KIND_KEYS[i.kind])),
      this.blocks(i.finding),
    ];
    const mine = [...this.threads.values()].filter((t) => t.thread.indicatorId === i.id);
    for (const { thread } of mine) {
      if (this.changes.has(thread.id) && !this.annotations?.placed.has(thread.id))
        parts.push(`<p>${this.inserted(thread)}</p>`);
    }
    if (i.sources.length > 0) {
      const items = i.sources.map((s) => `<li>${esc(s.title)}${s.year === undefined ? '' : ` (${s.year})`}</li>`);
      parts.push(
        `<div class="sources"><p class="field"><b>${esc(t('export.field.sources'))}</b></p><ul>${items.join('')}</ul></div>`,
      );
    }
    const open = mine.filter((t) => !this.changes.has(t.thread.id));
    if (open.length > 0)
      parts.push(
        `<aside class="threads">${open.map((o) => threadHtml(o.thread, o.number, this.timeZone, this.text)).join('')}</aside>`,
      );
    parts.push('</article>');
    return parts.join('');
  }

  blocks(blocks: readonly Block[]): string {
    return blocks
      .map((block) => {
        if (block.kind === 'paragraph') return `<p>${this.inlines(block.inlines)}</p>`;
        return listHtml(block.ordered, block.items, (inlines) => this.inlines(inlines));
      })
      .join('');
  }

  private inlines(inlines: readonly Inline[]): string {
    // A quote over several paragraphs: its highlight is closed at each paragraph's end and opened again in the next.
    const highlighted = () => [...this.active].filter((id) => !this.changes.has(id));
    let out = highlighted()
      .map(() => '<mark>')
      .join('');
    for (const inline of inlines) {
      if (inline.kind === 'break') out += '<br>';
      else if (inline.kind === 'mark') out += this.mark(inline.id, inline.edge);
      else {
        let text = esc(inline.text);
        if (inline.format & TEXT_FORMAT.bold) text = `<strong>${text}</strong>`;
        if (inline.format & TEXT_FORMAT.italic) text = `<em>${text}</em>`;
        if (inline.format & TEXT_FORMAT.underline) text = `<u>${text}</u>`;
        if (inline.format & TEXT_FORMAT.strikethrough) text = `<s>${text}</s>`;
        if (inline.link !== undefined && isSafeUrl(inline.link)) text = `<a href="${attr(inline.link)}">${text}</a>`;
        const deleting = [...this.active].find((id) => this.changes.has(id));
        if (deleting !== undefined) {
          const r = this.threads.get(deleting)?.thread.resolution;
          text = `<del title="${attr(this.byline(r))}">${text}</del>`;
        }
        out += text;
      }
    }
    return (
      out +
      highlighted()
        .map(() => '</mark>')
        .join('')
    );
  }

  private mark(id: string, edge: 'start' | 'end'): string {
    const entry = this.threads.get(id);
    if (entry === undefined) return '';
    if (edge === 'start') this.active.add(id);
    else this.active.delete(id);
    if (this.changes.has(id)) return edge === 'end' ? this.inserted(entry.thread) : '';
    return edge === 'start'
      ? `<mark id="quote-${attr(id)}">`
      : `<sup><a href="#thread-${attr(id)}">[${entry.number}]</a></sup></mark>`;
  }

  private inserted(thread: Thread): string {
    return `<ins title="${attr(this.byline(thread.resolution))}">${esc(thread.proposedText ?? '')}</ins>`;
  }

  /** Who accepted a change and when, in the page's language and time zone. */
  private byline(r: Thread['resolution']): string {
    return `${r?.by.name ?? ''}, ${r === undefined ? '' : documentDateTime(this.text, r.at, this.timeZone)}`;
  }
}

function threadHtml(thread: Thread, number: number, timeZone: string, text: DocumentText): string {
  const { t } = text;
  const comments = thread.comments.map((c, i) => {
    const body = c.deletedAt === undefined ? esc(c.body) : `<em>${esc(t('export.thread.deleted'))}</em>`;
    const meta = `${esc(c.author.name)} (${esc(c.author.organisation)}), ${esc(documentDateTime(text, c.createdAt, timeZone))} (${esc(timeZone)})`;
    if (i > 0) return `<p class="reply"><span class="meta">${meta}:</span> ${body}</p>`;
    const proposed = thread.proposedText
      ? `<br><b>${esc(t('export.thread.proposedWording'))}:</b> ${esc(thread.proposedText)}`
      : '';
    const quote = thread.anchor
      ? `<br><span class="meta">${esc(t('export.thread.quote', { quote: thread.anchor.quote }))}</span>`
      : '';
    return `<p><b>[${number}] ${esc(t(THREAD_TYPE_KEYS[thread.type]))}</b> <span class="meta">${meta}</span>${quote}<br>${body}${proposed}</p>`;
  });
  return `<div class="thread" id="thread-${attr(thread.id)}">${comments.join('')}</div>`;
}

function listHtml(
  ordered: boolean,
  items: readonly { level: number; inlines: Inline[] }[],
  render: (inlines: Inline[]) => string,
): string {
  const tag = ordered ? 'ol' : 'ul';
  let out = '';
  let depth = -1;
  for (const item of items) {
    const level = Math.max(0, item.level);
    while (depth < level) {
      out += `<${tag}>`;
      depth++;
    }
    while (depth > level) {
      out += `</${tag}>`;
      depth--;
    }
    out += `<li>${render(item.inlines)}</li>`;
  }
  while (depth >= 0) {
    out += `</${tag}>`;
    depth--;
  }
  return out;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attr(text: string): string {
  return esc(text);
}
