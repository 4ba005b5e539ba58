import { $createListItemNode, $createListNode } from '@lexical/list';
import { type Consultation, DOMAINS, type Indicator, type Source, STANDARD_INTRODUCTION } from '@roundtable/profile';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode } from 'lexical';
import { $createDomainHeadingNode } from './DomainHeadingNode.ts';
import { $createIndicatorNode, type IndicatorNode } from './IndicatorNode.ts';
import { $createSectionHeadingNode } from './SectionHeadingNode.ts';

const SOURCE_KIND_ORDER: readonly Source['kind'][] = [
  'law',
  'decree',
  'strategy',
  'agreement',
  'report',
  'website',
  'other',
];

/**
 * Replaces the editor content with the draft profile of `consultation`:
 * title, summary, the standard introduction (read-only), country context, then for each domain (in {@link DOMAINS}
 * order) its heading and indicator blocks, then the key sources.
 *
 * Runs inside `editor.update()`. Pure function of its input: the same
 * consultation always yields the same tree, which is what makes
 * `createDraftUpdate` byte-for-byte deterministic.
 */
export function $buildDraft(consultation: Consultation): void {
  const root = $getRoot();
  root.clear();
  root.append($createSectionHeadingNode('title', consultation.title, 'title'));
  root.append($createSectionHeadingNode('summary', 'Summary', 'section'), ...$paragraphs(consultation.summary));
  root.append(
    $createSectionHeadingNode('introduction', 'Introduction', 'section'),
    ...$paragraphs(STANDARD_INTRODUCTION),
  );
  root.append($createSectionHeadingNode('context', 'Country context', 'section'), ...$paragraphs(consultation.context));
  for (const domain of DOMAINS) {
    const indicators = consultation.indicators.filter((i) => i.domain === domain.code);
    if (indicators.length === 0) continue;
    root.append($createDomainHeadingNode(domain.code, domain.title));
    for (const indicator of indicators.sort(byIndicatorId)) root.append($indicatorBlock(indicator));
  }
  const sources = keySources(consultation.indicators);
  if (sources.length > 0) {
    const list = $createListNode('bullet');
    for (const source of sources) list.append($createListItemNode().append($createTextNode(source.title)));
    root.append($createSectionHeadingNode('sources', 'Key sources', 'section'), list);
  }
}

function $indicatorBlock(indicator: Indicator): IndicatorNode {
  return $createIndicatorNode(indicator).append(...$paragraphs(indicator.finding));
}

/** Paragraphs are separated by blank lines; always at least one (possibly empty) paragraph. */
function $paragraphs(text: string): ParagraphNode[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return [$createParagraphNode()];
  return parts.map((p) => $createParagraphNode().append($createTextNode(p)));
}

function byIndicatorId(a: Indicator, b: Indicator): number {
  const [ad = 0, an = 0] = a.id.split('.').map(Number);
  const [bd = 0, bn = 0] = b.id.split('.').map(Number);
  return ad - bd || an - bn || compareStrings(a.id, b.id);
}

/** Unique sources (by title), laws first, then by year. */
function keySources(indicators: readonly Indicator[]): Source[] {
  const byTitle = new Map<string, Source>();
  for (const indicator of indicators) {
    for (const source of indicator.sources) if (!byTitle.has(source.title)) byTitle.set(source.title, source);
  }
  return [...byTitle.values()].sort(
    (a, b) =>
      SOURCE_KIND_ORDER.indexOf(a.kind) - SOURCE_KIND_ORDER.indexOf(b.kind) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      compareStrings(a.title, b.title),
  );
}

/** Code-unit order, not locale order: the seed must not depend on the ICU data of the machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
