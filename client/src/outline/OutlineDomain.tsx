import type { OutlineDomain as Domain } from '@roundtable/editor';
import type { JSX } from 'react';
import { useDocumentLanguage } from '../i18n/DocumentLanguage.tsx';
import type { Person } from '../presence/usePeople.ts';
import { OutlineIndicatorRow } from './OutlineIndicatorRow.tsx';

interface OutlineDomainProps {
  domain: Domain;
  activeIndicatorId: string | null;
  others: ReadonlyMap<string, Person[]>;
  openCounts: ReadonlyMap<string, number> | undefined;
  onTable: string | null;
  isLocked: ((indicatorId: string) => boolean) | undefined;
  onSelectIndicator: (indicatorId: string) => void;
}

/** One domain of the outline: its number and title, then a row per indicator. */
export function OutlineDomain(props: OutlineDomainProps): JSX.Element {
  const { domain, activeIndicatorId, others, openCounts, onSelectIndicator } = props;
  const lang = useDocumentLanguage();
  return (
    <section className="rt-outline__domain">
      <h3 className="rt-outline__domain-title">
        <span className="rt-outline__domain-code">{domain.code}</span>
        <span lang={lang}>{domain.title}</span>
      </h3>
      <ul className="rt-outline__indicators">
        {domain.indicators.map((indicator) => (
          <OutlineIndicatorRow
            key={indicator.key}
            indicator={indicator}
            active={indicator.id === activeIndicatorId}
            others={others.get(indicator.id) ?? []}
            openComments={openCounts?.get(indicator.id) ?? 0}
            onTable={indicator.id === props.onTable}
            locked={props.isLocked?.(indicator.id) ?? false}
            onSelect={onSelectIndicator}
          />
        ))}
      </ul>
    </section>
  );
}
