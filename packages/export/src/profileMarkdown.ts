import { DEFAULT_LANGUAGE, type Language } from '@roundtable/i18n';
import type { Source } from '@roundtable/profile';
import { documentText } from './documentText.ts';
import { markdownLineStart, markdownText } from './markdownText.ts';
import { type Block, type Inline, type ProfileDocument, TEXT_FORMAT } from './ProfileDocument.ts';

/**
 * The profile as Markdown, in the documented import template
 * (`docs/PROFILE-TEMPLATE.md`): `# <title>`, `**Country:**` and `**Year:**`
 * lines, `## Summary`, `## Context`, then per domain `## Domain <n>: <name>`
 * and per indicator `### <id> <title>` with the fixed field lines
 * `**Question:**`, `**Answer:**`, `**Kind:**`, the finding after
 * `**Finding:**`, and `**Sources:**` (a list, or `none`) last; then
 * `## Key sources`. Each field line is a paragraph of its own. Text is
 * CommonMark with every syntax character escaped; findings keep bold,
 * italic, links, line breaks and lists. The standard introduction is left
 * out (it is the same in every profile). Ends with one newline.
 *
 * In `language` (the consultation's), the headings and field labels are
 * that language's (`## Xülasə`, `**Sual:**`), which the import reads in any
 * of the three languages; the values stay the template's codes (`yes`,
 * `well-developed`, `law (2010): ...`, `none`), so a file reads back the
 * same whichever language wrote it.
 *
 * @example
 * const md = profileMarkdown(readProfileDocument(doc, record).profile, 'az');
 */
export function profileMarkdown(profile: ProfileDocument, language: Language = DEFAULT_LANGUAGE): string {
  const { t } = documentText(language);
  const out: string[] = [];
  out.push(`# ${markdownText(oneLine(profile.title))}`);
  out.push(field(t('export.field.country'), markdownText(oneLine(profile.country))));
  out.push(field(t('export.field.year'), String(profile.year)));
  out.push(`## ${t('export.profile.summary')}`, ...blocks(profile.summary));
  out.push(`## ${t('export.markdown.context')}`, ...blocks(profile.context));
  for (const domain of profile.domains) {
    out.push(
      `## ${t('export.profile.domainHeading', { code: String(domain.code), name: markdownText(oneLine(domain.name)) })}`,
    );
    for (const indicator of domain.indicators) {
      out.push(`### ${markdownText(indicator.id)} ${markdownText(oneLine(indicator.title))}`);
      out.push(field(t('export.field.question'), markdownText(oneLine(indicator.question))));
      out.push(field(t('export.field.answer'), indicator.answer ?? ''));
      out.push(field(t('export.field.kind'), indicator.kind ?? ''));
      out.push(field(t('export.field.finding'), ''), ...blocks(indicator.finding));
      const sources = t('export.field.sources');
      if (indicator.sources.length === 0) out.push(field(sources, 'none'));
      else out.push(field(sources, ''), indicator.sources.map((s) => `- ${sourceLine(s)}`).join('\n'));
    }
  }
  if (profile.keySources.length > 0) out.push(`## ${t('export.profile.keySources')}`, ...blocks(profile.keySources));
  return `${out.join('\n\n')}\n`;
}

/** `kind (year): title`, the year left out when unknown: the template's source line after `- `. */
export function sourceLine(source: Source): string {
  const year = source.year === undefined ? '' : ` (${source.year})`;
  return `${source.kind}${year}: ${markdownText(oneLine(source.title))}`;
}

function field(label: string, value: string): string {
  return value === '' ? `**${label}:**` : `**${label}:** ${value}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Non-empty blocks as Markdown blocks. */
function blocks(list: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of list) {
    if (block.kind === 'paragraph') {
      const text = inlines(block.inlines);
      if (text !== '') out.push(text);
      continue;
    }
    const lines: string[] = [];
    // One counter per nesting level; a deeper list starts again at 1.
    const numbers: number[] = [];
    for (const item of block.items) {
      const indent = '   '.repeat(item.level);
      numbers.length = item.level + 1;
      numbers[item.level] = (numbers[item.level] ?? 0) + 1;
      const marker = block.ordered ? `${numbers[item.level]}.` : '-';
      lines.push(`${indent}${marker} ${inlines(item.inlines).replace(/\n/g, `\n${indent}   `)}`);
    }
    if (lines.length > 0) out.push(lines.join('\n'));
  }
  return out;
}

/** Inline content as one Markdown paragraph: runs of the same format and link merged, hard breaks as `\`. */
function inlines(list: readonly Inline[]): string {
  const lines: string[] = [''];
  let run: { text: string; format: number; link: string | undefined } | null = null;
  const flush = (): void => {
    if (run !== null) lines[lines.length - 1] += formatted(run.text, run.format, run.link);
    run = null;
  };
  for (const inline of list) {
    if (inline.kind === 'mark') continue;
    if (inline.kind === 'break') {
      flush();
      lines.push('');
      continue;
    }
    const link = inline.link;
    if (run !== null && run.format === inline.format && run.link === link) run.text += inline.text;
    else {
      flush();
      run = { text: inline.text, format: inline.format, link };
    }
  }
  flush();
  const cleaned = lines.map((l) => markdownLineStart(l.replace(/\s+$/, '')));
  while (cleaned.length > 0 && cleaned.at(-1) === '') cleaned.pop();
  while (cleaned.length > 0 && cleaned[0] === '') cleaned.shift();
  return cleaned.join('\\\n');
}

/** One run: emphasis delimiters hug the text (whitespace moved outside), so CommonMark reads them. */
function formatted(text: string, format: number, link: string | undefined): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text.replace(/[\t\r\n]/g, ' '));
  const [, lead = '', core = '', trail = ''] = match ?? [];
  if (core === '') return lead + trail;
  let body = markdownText(core);
  if (format & TEXT_FORMAT.italic) body = `*${body}*`;
  if (format & TEXT_FORMAT.bold) body = `**${body}**`;
  if (link !== undefined) body = `[${body}](<${link.replace(/[<>\\]/g, encodeURIComponent)}>)`;
  return lead + body + trail;
}
