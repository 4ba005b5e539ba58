import type { ProfileOutline } from '@roundtable/profile';
import type { MeetingTarget } from './MeetingTarget.ts';

/** What the meeting needs to know of the draft: its outline (see `ProfileOutline`). */
export type MeetingOutline = ProfileOutline;

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
