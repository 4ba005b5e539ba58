import { type JSX, type ReactNode, useId } from 'react';
import { SideTabButton } from './SideTabButton.tsx';

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
          <SideTabButton
            key={key}
            id={`${id}-${key}`}
            panelId={`${id}-panel`}
            selected={tab === key}
            label={label}
            count={count}
            what={what}
            onSelect={() => onTab(key)}
            onSwitch={() => onTab(key === 'comments' ? 'people' : 'comments')}
          />
        ))}
      </div>
      <div className="rt-side__body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {children}
      </div>
    </aside>
  );
}
