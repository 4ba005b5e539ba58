import { INDICATOR_STATUSES, type IndicatorStatus, type ProfileOutline } from '@roundtable/profile';
import type * as Y from 'yjs';
import { attributeOf, nodeTypeOf, topLevelBlocks } from './draftTree.ts';

/**
 * The outline of a draft, read from its Y.Doc without Lexical: its sections
 * (not the title) and its domains with their indicators (id, title, status),
 * in document order, as the meeting reads them (progress, minutes, checking
 * a target). Indicators before any domain heading go in a domain with code 0.
 * Costs the number of top-level blocks.
 *
 * @example
 * const { discussed, total } = meetingProgress(readDraftOutline(room.doc));
 */
export function readDraftOutline(doc: Y.Doc): ProfileOutline {
  const sections: { anchor: string; label: string }[] = [];
  const domains: {
    code: number;
    title: string;
    indicators: ProfileOutline['domains'][number]['indicators'][number][];
  }[] = [];
  for (const block of topLevelBlocks(doc)) {
    const type = nodeTypeOf(block);
    if (type === 'section-heading') {
      const anchor = attributeOf(block, '__anchor');
      if (typeof anchor === 'string' && attributeOf(block, '__level') !== 'title') {
        sections.push({ anchor, label: stringOr(attributeOf(block, '__label'), anchor) });
      }
    } else if (type === 'domain-heading') {
      const code = attributeOf(block, '__code');
      domains.push({
        code: typeof code === 'number' ? code : 0,
        title: stringOr(attributeOf(block, '__title'), ''),
        indicators: [],
      });
    } else if (type === 'indicator') {
      const id = attributeOf(block, '__indicatorId');
      if (typeof id !== 'string') continue;
      if (domains.length === 0) domains.push({ code: 0, title: 'Indicators', indicators: [] });
      const status = attributeOf(block, '__status');
      domains.at(-1)?.indicators.push({
        id,
        title: stringOr(attributeOf(block, '__title'), id),
        status: isStatus(status) ? status : 'not-discussed',
      });
    }
  }
  return { sections, domains };
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function isStatus(value: unknown): value is IndicatorStatus {
  return (INDICATOR_STATUSES as readonly unknown[]).includes(value);
}
