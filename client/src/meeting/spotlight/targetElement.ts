import type { MeetingTarget } from '@roundtable/meeting';
import { findIndicatorElement } from '../../editor/findIndicatorElement.ts';

/** The block of the draft that shows `target`: an indicator, a domain's heading or a section's heading. */
export function targetElement(target: MeetingTarget, root: ParentNode): HTMLElement | null {
  switch (target.kind) {
    case 'indicator':
      return findIndicatorElement(target.indicatorId, root);
    case 'domain':
      return root.querySelector<HTMLElement>(`#domain-${target.domain}`);
    case 'section':
      return root.querySelector<HTMLElement>(`#section-${CSS.escape(target.section)}`);
  }
}
