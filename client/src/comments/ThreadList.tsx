import type { Thread } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';
import type { AnchorState } from './AnchorRegistry.ts';
import type { ThreadActions } from './ThreadActions.ts';
import { ThreadCard } from './ThreadCard.tsx';
import type { Viewer } from './Viewer.ts';

interface ThreadListProps {
  threads: readonly Thread[];
  activeThreadId: string | null;
  anchorStates: ReadonlyMap<string, AnchorState>;
  indicatorTitles: ReadonlyMap<string, string>;
  viewer: Viewer;
  actions: ThreadActions;
  onActivate: (threadId: string) => void;
  onDeactivate: () => void;
  onResolve: (threadId: string) => void;
}

/** The threads the filters select, the active one open. */
export function ThreadList(props: ThreadListProps): JSX.Element {
  const { threads, activeThreadId, anchorStates, indicatorTitles } = props;
  const t = useT();
  return (
    <ol className="rt-thread-list" aria-label={t('comments.list.label')}>
      {threads.map((thread) => (
        <li key={thread.id}>
          <ThreadCard
            thread={thread}
            active={thread.id === activeThreadId}
            anchorState={anchorStates.get(thread.id)}
            indicatorTitle={indicatorTitles.get(thread.indicatorId)}
            viewer={props.viewer}
            actions={props.actions}
            onActivate={props.onActivate}
            onClose={props.onDeactivate}
            onResolve={props.onResolve}
          />
        </li>
      ))}
    </ol>
  );
}
