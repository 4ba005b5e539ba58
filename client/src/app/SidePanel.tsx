import { type JSX, type ReactNode, useId } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { SideTabButton } from './SideTabButton.tsx';

export type SideTab = 'comments' | 'people' | 'meeting';

export const SIDE_TABS: readonly SideTab[] = ['meeting', 'comments', 'people'];

interface SidePanelProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  /** Open threads in the whole consultation. */
  openComments: number;
  peopleHere: number;
  /** Raised hands in the speaking queue. */
  handsRaised: number;
  children: ReactNode;
}

/** The right-hand column: the meeting, comments and the people in the room, as tabs. */
export function SidePanel({
  tab,
  onTab,
  openComments,
  peopleHere,
  handsRaised,
  children,
}: SidePanelProps): JSX.Element {
  const t = useT();
  const id = useId();
  const tabs: [SideTab, string, number, string][] = [
    ['meeting', t('app.side.meeting'), handsRaised, t('app.side.handsRaised', { count: handsRaised })],
    ['comments', t('app.side.comments'), openComments, t('app.side.open', { count: openComments })],
    ['people', t('app.side.people'), peopleHere, t('app.side.connected', { count: peopleHere })],
  ];
  return (
    <aside className="rt-side" aria-label={t('app.side.label')}>
      <div className="rt-tabs" role="tablist" aria-label={t('app.side.tabs')}>
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
            onSwitch={(step) => {
              const next = SIDE_TABS[(SIDE_TABS.indexOf(key) + step + SIDE_TABS.length) % SIDE_TABS.length] ?? key;
              onTab(next);
              // Focus follows the selection (the WAI-ARIA tabs pattern), or the next arrow would start from the old tab.
              document.getElementById(`${id}-${next}`)?.focus();
            }}
          />
        ))}
      </div>
      <div className="rt-side__body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} tabIndex={-1}>
        {children}
      </div>
    </aside>
  );
}
