import type { DraftOutline } from '@roundtable/editor';
import { type JSX, useMemo, useRef } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { StatusLegend } from '../meeting/progress/StatusLegend.tsx';
import type { Person } from '../presence/usePeople.ts';
import { OutlineDomain } from './OutlineDomain.tsx';
import { OutlineSections } from './OutlineSections.tsx';
import { othersByIndicator } from './othersByIndicator.ts';
import { useFollowActiveIndicator } from './useFollowActiveIndicator.ts';

interface OutlinePanelProps {
  outline: DraftOutline | null;
  activeIndicatorId: string | null;
  people: Person[];
  /** Open comment threads per indicator id. */
  openCounts?: ReadonlyMap<string, number>;
  /** The indicator on the table in the meeting. */
  onTable?: string | null;
  isLocked?: (indicatorId: string) => boolean;
  onSelectIndicator: (indicatorId: string) => void;
  onSelectSection: (anchor: string) => void;
}

/** Left sidebar: the six domains and their indicators; follows the reading position. */
export function OutlinePanel(props: OutlinePanelProps): JSX.Element {
  const { outline, activeIndicatorId, people, openCounts, onSelectIndicator, onSelectSection } = props;
  const t = useT();
  const listRef = useRef<HTMLElement>(null);
  useFollowActiveIndicator(listRef, activeIndicatorId);
  const others = useMemo(() => othersByIndicator(people), [people]);

  return (
    <nav className="rt-outline" aria-label={t('outline.title')} ref={listRef}>
      <header className="rt-panel-header">
        <h2 className="rt-panel-title">{t('outline.title')}</h2>
      </header>
      <StatusLegend />
      {outline === null ? (
        <OutlineSkeleton />
      ) : (
        <>
          <OutlineSections sections={outline.sections} onSelect={onSelectSection} />
          {outline.domains.map((domain) => (
            <OutlineDomain
              key={domain.key ?? domain.code}
              domain={domain}
              activeIndicatorId={activeIndicatorId}
              others={others}
              openCounts={openCounts}
              onTable={props.onTable ?? null}
              isLocked={props.isLocked}
              onSelectIndicator={onSelectIndicator}
            />
          ))}
        </>
      )}
    </nav>
  );
}

function OutlineSkeleton(): JSX.Element {
  return (
    <div className="rt-outline__loading" aria-hidden="true">
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div key={i} className="rt-skeleton__line rt-skeleton__line--short" />
      ))}
    </div>
  );
}
