import type { IndicatorStatus } from '../vocabulary.ts';
import type { MeetingTarget } from './MeetingTarget.ts';

/**
 * What the meeting needs to know of the draft: its sections, and its domains
 * with their indicators and statuses, in document order. The server reads it
 * from the draft's Y.Doc (`readDraftOutline` in @roundtable/draft); the
 * client's Lexical outline (`readOutline` in @roundtable/editor) has this
 * shape too.
 */
export interface MeetingOutline {
  sections: readonly { anchor: string; label: string }[];
  domains: readonly {
    code: number;
    title: string;
    indicators: readonly { id: string; title: string; status: IndicatorStatus }[];
  }[];
}

/**
 * How the draft names `target` (`2.4 Lead migration agency`, `Domain 2:
 * Whole-of-government approach`, `Summary`), or null when the draft has no
 * such indicator, domain or section: the check every target from a request
 * goes through.
 */
export function targetLabel(outline: MeetingOutline, target: MeetingTarget): string | null {
  switch (target.kind) {
    case 'indicator': {
      for (const domain of outline.domains) {
        const indicator = domain.indicators.find((i) => i.id === target.indicatorId);
        if (indicator) return `${indicator.id} ${indicator.title}`;
      }
      return null;
    }
    case 'domain': {
      const domain = outline.domains.find((d) => d.code === target.domain);
      return domain ? `Domain ${domain.code}: ${domain.title}` : null;
    }
    case 'section':
      return outline.sections.find((s) => s.anchor === target.section)?.label ?? null;
  }
}
