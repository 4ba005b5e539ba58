import { type JSX, type ReactNode, useId } from 'react';

export type SideTab = 'comments' | 'people';

interface SidePanelProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  /** Open threads in the whole consultation. */
  openComments: number;
  peopleHere: number;
  children: ReactNode;
}

/** The right-hand column: comments and the people in the room, as two tabs. */
export function SidePanel({ tab, onTab, openComments, peopleHere, children }: SidePanelProps): JSX.Element {
  const id = useId();
  const tabs: [SideTab, string, number, string][] = [
    ['comments', 'Comments', openComments, 'open'],
    ['people', 'People here', peopleHere, 'connected'],
  ];
  return (
    <aside className="rt-side" aria-label="Comments and people">
      <div className="rt-tabs" role="tablist" aria-label="Side panel">
        {tabs.map(([key, label, count, what]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-${key}`}
            className="rt-tab"
            aria-selected={tab === key}
            aria-controls={`${id}-panel`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => onTab(key)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft')
                onTab(key === 'comments' ? 'people' : 'comments');
            }}
          >
            {label}
            <span className="rt-count">
              {count}
              <span className="rt-visually-hidden"> {what}</span>
            </span>
          </button>
        ))}
      </div>
      <div className="rt-side__body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {children}
      </div>
    </aside>
  );
}
