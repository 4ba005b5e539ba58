import type { Thread } from '@roundtable/profile';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { useLanguage } from '../i18n/useI18n.ts';
import { AnchorRegistry, type AnchorState } from './AnchorRegistry.ts';
import {
  type CommentFilters,
  DEFAULT_FILTERS,
  filtersShowing,
  openCountsByIndicator,
  visibleThreads,
} from './commentFilters.ts';
import type { CommentTarget } from './commentTarget.ts';
import { scrollToThread } from './scrollToThread.ts';
import { createThreadActions, type ThreadActions } from './ThreadActions.ts';
import type { ThreadsFeed } from './useThreads.ts';

export interface CommentSession {
  filters: CommentFilters;
  setFilters: (filters: CommentFilters) => void;
  activeThreadId: string | null;
  /** Opens a thread in the sidebar; with `scroll`, also brings its text (or its indicator) into view. */
  activate: (threadId: string, options?: { scroll?: boolean }) => void;
  deactivate: () => void;
  composer: CommentTarget | null;
  compose: (target: CommentTarget) => void;
  cancelCompose: () => void;
  onOpened: (thread: Thread) => void;
  resolving: Thread | null;
  setResolving: (threadId: string | null) => void;
  anchorStates: ReadonlyMap<string, AnchorState>;
  setAnchorStates: (states: ReadonlyMap<string, AnchorState>) => void;
  registry: AnchorRegistry;
  actions: ThreadActions;
  openCounts: ReadonlyMap<string, number>;
}

interface CommentSessionOptions {
  consultationId: string;
  feed: ThreadsFeed;
  indicatorInView: string | null;
  scrollRef: RefObject<HTMLElement | null>;
  /** Brings the comments tab forward. */
  showComments: () => void;
}

/** The comment state of a consultation page: filters, the open thread, the composer, the resolve dialog. */
export function useCommentSession(options: CommentSessionOptions): CommentSession {
  const { consultationId, feed, indicatorInView, scrollRef, showComments } = options;
  const [filters, setFilters] = useState<CommentFilters>(DEFAULT_FILTERS);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const [composer, setComposer] = useState<CommentTarget | null>(null);
  const [resolvingId, setResolving] = useState<string | null>(null);
  const [anchorStates, setAnchorStates] = useState<ReadonlyMap<string, AnchorState>>(new Map());
  const registry = useMemo(() => new AnchorRegistry(), []);
  const { language } = useLanguage();
  const { threads } = feed;
  const actions = useMemo(() => createThreadActions(consultationId), [consultationId]);
  const latest = useRef({ threads, indicatorInView, language });
  latest.current = { threads, indicatorInView, language };

  const reveal = useCallback((thread: Thread) => {
    const { indicatorInView: inView, language } = latest.current;
    setFilters((f) =>
      visibleThreads([thread], f, inView, language).length > 0 ? f : filtersShowing(thread, f, inView, language),
    );
  }, []);

  const scrollTo = useCallback(
    (thread: Thread) => {
      if (scrollRef.current !== null) scrollToThread(scrollRef.current, thread, registry.rangeOf(thread.id));
    },
    [registry, scrollRef],
  );

  const activate = useCallback(
    (threadId: string, { scroll = false }: { scroll?: boolean } = {}) => {
      setActiveThreadId(threadId);
      showComments();
      const thread = latest.current.threads.find((t) => t.id === threadId);
      if (thread === undefined) return;
      reveal(thread);
      if (scroll) scrollTo(thread);
    },
    [reveal, scrollTo, showComments],
  );

  const compose = useCallback(
    (target: CommentTarget) => {
      setComposer(target);
      setActiveThreadId(null);
      showComments();
    },
    [showComments],
  );

  const onOpened = useCallback(
    (thread: Thread) => {
      setComposer(null);
      window.getSelection()?.removeAllRanges();
      setActiveThreadId(thread.id);
      reveal(thread);
    },
    [reveal],
  );

  const openCounts = useMemo(() => openCountsByIndicator(threads), [threads]);
  const resolving = resolvingId === null ? null : (threads.find((t) => t.id === resolvingId) ?? null);

  return {
    filters,
    setFilters,
    activeThreadId,
    activate,
    deactivate: useCallback(() => setActiveThreadId(null), []),
    composer,
    compose,
    cancelCompose: useCallback(() => setComposer(null), []),
    onOpened,
    resolving,
    setResolving,
    anchorStates,
    setAnchorStates,
    registry,
    actions,
    openCounts,
  };
}
