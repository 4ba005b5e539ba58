import {
  ANSWERS,
  type Answer,
  type DomainCode,
  FINDING_KINDS,
  type FindingKind,
  type Indicator,
  SOURCE_KINDS,
  type Source,
} from '@roundtable/profile';
import { ImportError, type ImportProblem } from './ImportError.ts';
import type { ProfileBlock } from './ProfileBlock.ts';
import { TEMPLATE_WORDS, type TemplateField, templateFold } from './templateWords.ts';

/** A profile read from an imported file: what a new consultation's draft is built from. */
export interface ImportedProfile {
  title: string;
  country: string;
  year: number | null;
  summary: string;
  context: string;
  indicators: Indicator[];
}

/** Error messages name at most this many problems. */
const MAX_PROBLEMS = 8;

interface OpenIndicator {
  id: string;
  domain: DomainCode;
  title: string;
  where: string;
  question: string | null;
  answer: Answer;
  kind: FindingKind;
  /** Content blocks in order, and the position of the last `Sources` field among them. */
  content: ProfileBlock[];
  sourcesAt: number | null;
}

/**
 * Reads the profile template (`docs/PROFILE-TEMPLATE.md`) from the blocks of
 * a Markdown or Word file. Headings are recognised by their words, not their
 * level, so the Markdown template and the Word export both read: the title,
 * `Summary`, `Context` (or `Country context`), `Domain <n>: <name>`,
 * `<id> <title>` for an indicator, with its field lines `Question:`,
 * `Answer:`, `Kind:`, `Finding:` and `Sources:`; `Introduction` (standard
 * text), `Contents` and `Key sources` (built from the indicators' sources)
 * are skipped. Vocabularies are read as wire values or as their labels.
 * Headings, field labels and vocabulary labels are read in any language
 * the export writes (English, Azerbaijani, Russian: `## Xülasə`,
 * `**Ответ:** Частично`), whatever the language of the rest.
 * Emphasis, links and lists are kept as plain text (one paragraph per list
 * item, `- ` before it).
 *
 * @throws ImportError `not_understood` naming every block that does not fit (up to 8) and where it is
 */
export function readProfileBlocks(blocks: readonly ProfileBlock[]): ImportedProfile {
  const problems: ImportProblem[] = [];
  const problem = (where: string, message: string) => problems.push({ where, message });
  const profile: ImportedProfile = { title: '', country: '', year: null, summary: '', context: '', indicators: [] };
  const summary: string[] = [];
  const context: string[] = [];
  let mode: 'preamble' | 'skip' | 'summary' | 'context' | 'domain' | 'indicator' = 'preamble';
  let domain: DomainCode | null = null;
  let indicator: OpenIndicator | null = null;
  const seen = new Set<string>();
  const preamble: string[] = [];

  const close = () => {
    if (indicator !== null) {
      const done = finishIndicator(indicator, problem);
      if (done !== null) profile.indicators.push(done);
    }
    indicator = null;
  };

  for (const block of blocks) {
    if (block.kind === 'heading') {
      const text = block.text;
      const folded = templateFold(text);
      const domainMatch = domainHeading(text);
      const indicatorMatch = /^(\d+)\.(\d+)\s+(\S.*)$/.exec(text);
      if (TEMPLATE_WORDS.summary.has(folded) || TEMPLATE_WORDS.context.has(folded)) {
        close();
        mode = TEMPLATE_WORDS.summary.has(folded) ? 'summary' : 'context';
      } else if (TEMPLATE_WORDS.skipped.has(folded)) {
        close();
        mode = 'skip';
      } else if (domainMatch) {
        close();
        const code = Number(domainMatch[1]);
        if (code < 1 || code > 6) problem(block.where, `"${text}": domains are numbered 1 to 6`);
        domain = code >= 1 && code <= 6 ? (code as DomainCode) : null;
        mode = 'domain';
      } else if (indicatorMatch) {
        close();
        const id = `${indicatorMatch[1]}.${indicatorMatch[2]}`;
        const code = Number(indicatorMatch[1]);
        const title = (indicatorMatch[3] ?? '').trim();
        if (domain === null) problem(block.where, `indicator ${id} comes before any "Domain <n>: <name>" heading`);
        else if (code !== domain)
          problem(block.where, `indicator ${id} is under Domain ${domain}: its id must start with ${domain}.`);
        if (seen.has(id)) problem(block.where, `indicator ${id} appears twice`);
        if (title.length > 500) problem(block.where, `the title of indicator ${id} is longer than 500 characters`);
        seen.add(id);
        indicator = {
          id,
          domain: (domain ?? 1) as DomainCode,
          title,
          where: block.where,
          question: null,
          answer: 'not-applicable',
          kind: 'potential-for-development',
          content: [],
          sourcesAt: null,
        };
        mode = 'indicator';
      } else if (mode === 'preamble' && block.level === 1 && profile.title === '') {
        profile.title = text;
      } else {
        problem(
          block.where,
          `the heading "${clip(text)}" is not part of the template (expected Summary, Context, "Domain <n>: <name>" or "<id> <title>" such as "2.4 Migration strategy")`,
        );
      }
      continue;
    }
    switch (mode) {
      case 'preamble':
        readPreamble(block, profile, preamble, problem);
        break;
      case 'skip':
        break;
      case 'summary':
        summary.push(plainBlock(block));
        break;
      case 'context':
        context.push(plainBlock(block));
        break;
      case 'domain':
        problem(
          block.where,
          `text between a domain heading and its first indicator is not part of the template: "${clip(plainBlock(block))}"`,
        );
        break;
      case 'indicator':
        if (indicator !== null) readIndicatorBlock(indicator, block, problem);
        break;
    }
  }
  close();
  if (profile.title === '' && preamble.length > 0) profile.title = preamble[0] ?? '';
  if (profile.title === '') problem('file', 'the profile has no title (a first "# <title>" line)');
  if (profile.title.length > 500) problem('file', 'the title is longer than 500 characters');
  if (profile.indicators.length === 0 && problems.length === 0) {
    problem(
      'file',
      'no indicators found: each indicator is a heading "<id> <title>" (e.g. "2.4 Migration strategy") under a heading "Domain <n>: <name>"',
    );
  }
  if (problems.length > 0) throw new ImportError('not_understood', problems.slice(0, MAX_PROBLEMS));
  profile.summary = summary.join('\n\n');
  profile.context = context.join('\n\n');
  return profile;
}

function readPreamble(
  block: ProfileBlock,
  profile: ImportedProfile,
  preamble: string[],
  problem: (where: string, message: string) => void,
): void {
  const label = block.kind === 'paragraph' ? fieldName(block.label) : null;
  if (block.kind === 'paragraph' && label === 'country') {
    profile.country = oneLine(block.text);
  } else if (block.kind === 'paragraph' && label === 'year') {
    const year = Number(block.text.trim());
    if (!Number.isInteger(year) || year < 1900 || year > 2200)
      problem(block.where, `"${clip(block.text)}" is not a year`);
    else profile.year = year;
  } else if (block.kind !== 'heading') {
    // The title page of a Word export: title, country, year, then lines of its own.
    const text = oneLine(plainBlock(block));
    if (profile.title === '' && preamble.length === 0) preamble.push(text);
    else if (profile.country === '' && preamble.length === 1) {
      profile.country = text;
      preamble.push(text);
    } else if (profile.year === null && /^\d{4}$/.test(text)) profile.year = Number(text);
  }
}

function readIndicatorBlock(
  indicator: OpenIndicator,
  block: ProfileBlock,
  problem: (where: string, message: string) => void,
): void {
  const field = block.kind === 'paragraph' ? fieldName(block.label) : null;
  if (block.kind === 'paragraph' && field !== null && field !== 'country' && field !== 'year') {
    const value = oneLine(block.text);
    switch (field) {
      case 'question':
        if (value.length > 2_000)
          problem(block.where, `the question of indicator ${indicator.id} is longer than 2000 characters`);
        indicator.question = value;
        return;
      case 'answer': {
        const answer = vocabulary(value, ANSWERS, TEMPLATE_WORDS.answers);
        if (answer === undefined)
          problem(block.where, `"${clip(value)}" is not an answer: one of ${ANSWERS.join(', ')}`);
        else if (answer !== null) indicator.answer = answer;
        return;
      }
      case 'kind': {
        const kind = vocabulary(value, FINDING_KINDS, TEMPLATE_WORDS.findingKinds);
        if (kind === undefined)
          problem(block.where, `"${clip(value)}" is not a kind of finding: one of ${FINDING_KINDS.join(', ')}`);
        else if (kind !== null) indicator.kind = kind;
        return;
      }
      case 'finding':
        if (value !== '') indicator.content.push({ ...block, label: null });
        return;
      case 'sources':
        indicator.sourcesAt = indicator.content.length;
        if (value !== '' && value.toLowerCase() !== 'none')
          problem(block.where, `after "Sources:" comes a list, or "none", not "${clip(value)}"`);
        return;
    }
  }
  indicator.content.push(block);
}

function finishIndicator(
  indicator: OpenIndicator,
  problem: (where: string, message: string) => void,
): Indicator | null {
  if (indicator.question === null) {
    problem(indicator.where, `indicator ${indicator.id} has no "Question:" line`);
    return null;
  }
  const end = indicator.sourcesAt ?? indicator.content.length;
  const finding = indicator.content
    .slice(0, end)
    .map(plainBlock)
    .filter((t) => t.trim() !== '');
  const sources: Source[] = [];
  for (const block of indicator.content.slice(end)) {
    if (block.kind !== 'list-item') {
      problem(
        block.where,
        `after "Sources:" of indicator ${indicator.id} only a list of sources may follow, not "${clip(plainBlock(block))}"`,
      );
      continue;
    }
    const source = sourceOf(block.text);
    if (typeof source === 'string') problem(block.where, source);
    else sources.push(source);
  }
  return {
    id: indicator.id,
    domain: indicator.domain,
    subArea: '',
    title: indicator.title,
    question: indicator.question,
    answer: indicator.answer,
    kind: indicator.kind,
    finding: finding.join('\n\n'),
    sources,
    status: 'not-discussed',
  };
}

/**
 * `<kind> (<year>): <title>` or `<kind>: <title>`, the kind as its wire value or label (`law`, `Law`); or
 * (Word exports before kinds were written) `<title> (<year>)` / `<title>`, of kind `other`.
 */
function sourceOf(text: string): Source | string {
  const line = oneLine(text);
  if (line === '') return 'an empty source';
  if (line.length > 1_000) return 'a source title is longer than 1000 characters';
  const typed = /^(\p{L}[\p{L} -]*?)(?:\s*\((\d{4})\))?\s*:\s*(.+)$/iu.exec(line);
  const kind = typed ? vocabulary(typed[1] ?? '', SOURCE_KINDS, TEMPLATE_WORDS.sourceKinds) : undefined;
  if (typed && kind) return withYear({ title: (typed[3] ?? '').trim(), kind }, typed[2]);
  const dated = /^(.*\S)\s*\((\d{4})\)$/.exec(line);
  if (dated) return withYear({ title: dated[1] ?? '', kind: 'other' }, dated[2]);
  return { title: line, kind: 'other' };
}

function withYear(source: Source, year: string | undefined): Source | string {
  if (year === undefined) return source;
  const n = Number(year);
  if (n < 1800 || n > 2200) return `the year ${year} of "${clip(source.title)}" is outside 1800-2200`;
  return { ...source, year: n };
}

/** A field line's name from its bold label (`Answer:`, `Cavab:`, or the Word export's `Sources`), or null. */
function fieldName(label: string | null): TemplateField | null {
  if (label === null) return null;
  return TEMPLATE_WORDS.fields.get(templateFold(label.replace(/:\s*$/, ''))) ?? null;
}

/** `Domain <n>: <name>` in any language the export writes: [heading, number, name], or null. */
function domainHeading(text: string): RegExpExecArray | null {
  for (const pattern of TEMPLATE_WORDS.domainHeadings) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

/**
 * A vocabulary value from a wire value or its label in any language; null
 * for "unset" (empty, `not set` in any language), undefined for anything else.
 */
function vocabulary<T extends string>(
  value: string,
  values: readonly T[],
  labels: ReadonlyMap<string, T>,
): T | null | undefined {
  const v = templateFold(value);
  if (v === '' || TEMPLATE_WORDS.notSet.has(v)) return null;
  return values.find((w) => w === v) ?? labels.get(v);
}

function plainBlock(block: ProfileBlock): string {
  switch (block.kind) {
    case 'list-item':
      return `${'  '.repeat(block.depth)}- ${block.text}`;
    case 'paragraph':
      return block.label === null ? block.text : `${block.label} ${block.text}`.trim();
    case 'heading':
      return block.text;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  const line = oneLine(text);
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
