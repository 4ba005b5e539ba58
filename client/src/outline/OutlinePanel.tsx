import type { DraftOutline } from '@roundtable/editor';
import { ANSWER_LABELS, INDICATOR_STATUS_LABELS } from '@roundtable/profile';
import { type JSX, useEffect, useRef } from 'react';
import type { Person } from '../presence/usePeople.ts';

interface OutlinePanelProps {
  outline: DraftOutline | null;
  activeIndicatorId: string | null;
  people: Person[];
  /** Open comment threads per indicator id. */
  openCounts?: ReadonlyMap<string, number>;
  onSelectIndicator: (indicatorId: string) => void;
  onSelectSection: (anchor: string) => void;
}

/** Left sidebar: the six domains and their indicators; follows the reading position. */
export function OutlinePanel(props: OutlinePanelProps): JSX.Element {
  const { outline, activeIndicatorId, people, openCounts, onSelectIndicator, onSelectSection } = props;
  const listRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (activeIndicatorId === null) return;
    const item = listRef.current?.querySelector(`[data-outline-id="${CSS.escape(activeIndicatorId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [activeIndicatorId]);

  const othersByIndicator = new Map<string, Person[]>();
  for (const person of people) {
    if (person.isSelf || !person.focusing || person.indicatorId === null) continue;
    othersByIndicator.set(person.indicatorId, [...(othersByIndicator.get(person.indicatorId) ?? []), person]);
  }

  return (
    <nav className="rt-outline" aria-label="Outline" ref={listRef}>
      <header className="rt-panel-header">
        <h2 className="rt-panel-title">Outline</h2>
      </header>
      {outline === null ? (
        <div className="rt-outline__loading" aria-hidden="true">
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <div key={i} className="rt-skeleton__line rt-skeleton__line--short" />
          ))}
        </div>
      ) : (
        <>
          {outline.sections.length > 0 && (
            <ul className="rt-outline__sections">
              {outline.sections.map((section) => (
                <li key={section.key}>
                  <button type="button" className="rt-outline__section" onClick={() => onSelectSection(section.anchor)}>
                    {section.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {outline.domains.map((domain) => (
            <section key={domain.key ?? domain.code} className="rt-outline__domain">
              <h3 className="rt-outline__domain-title">
                <span className="rt-outline__domain-code">{domain.code}</span>
                {domain.title}
              </h3>
              <ul className="rt-outline__indicators">
                {domain.indicators.map((indicator) => {
                  const active = indicator.id === activeIndicatorId;
                  const others = othersByIndicator.get(indicator.id) ?? [];
                  const comments = openCounts?.get(indicator.id) ?? 0;
                  return (
                    <li key={indicator.key}>
                      <button
                        type="button"
                        className={`rt-outline__item${active ? ' rt-outline__item--active' : ''}`}
                        data-outline-id={indicator.id}
                        aria-current={active ? 'location' : undefined}
                        data-status={indicator.status}
                        title={`${indicator.id} ${indicator.title} — ${ANSWER_LABELS[indicator.answer]} · ${INDICATOR_STATUS_LABELS[indicator.status]}`}
                        onClick={() => onSelectIndicator(indicator.id)}
                      >
                        <span className="rt-outline__status" data-status={indicator.status} aria-hidden="true" />
                        <span className="rt-outline__id">{indicator.id}</span>
                        <span className="rt-outline__label">{indicator.title}</span>
                        {indicator.status !== 'not-discussed' && (
                          <span className="rt-visually-hidden">{`, ${INDICATOR_STATUS_LABELS[indicator.status]}`}</span>
                        )}
                        {others.length > 0 && (
                          <span className="rt-outline__presence">
                            {others.slice(0, 3).map((p) => (
                              <span key={p.clientId} className="rt-outline__dot" style={{ backgroundColor: p.color }} />
                            ))}
                            <span className="rt-visually-hidden">
                              {`, ${others.map((p) => p.name).join(', ')} here`}
                            </span>
                          </span>
                        )}
                        {comments > 0 && (
                          <span className="rt-outline__comments" data-open-comments={comments}>
                            {comments}
                            <span className="rt-visually-hidden">{` open comment${comments === 1 ? '' : 's'}`}</span>
                          </span>
                        )}
                        <span className="rt-outline__answer" data-answer={indicator.answer} aria-hidden="true" />
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </nav>
  );
}
