import type { Thread } from '@roundtable/profile';

/**
 * What an annotated profile shows besides the text: the open threads (as
 * comments anchored to their quoted text, replies as replies) and the
 * accepted proposals not yet applied (as tracked changes by the resolving
 * facilitator). `placed` names the threads whose anchor has a place in the
 * text (`readProfileDocument`'s marks); the others attach to their
 * indicator's heading (comments) or follow its finding (changes).
 */
export interface ProfileAnnotations {
  open: readonly Thread[];
  changes: readonly Thread[];
  placed: ReadonlySet<string>;
}

/** Whether `thread` is a change to show as tracked: accepted (with or without changes), wording proposed, not applied. */
export function isPendingChange(thread: Thread): boolean {
  const r = thread.resolution;
  return (
    thread.status === 'resolved' &&
    r !== undefined &&
    (r.outcome === 'accepted' || r.outcome === 'accepted-with-changes') &&
    !r.appliedProposal &&
    (thread.proposedText ?? '').trim() !== ''
  );
}

/** The threads an annotated profile shows, split by how: open ones and pending changes. */
export function annotationsOf(threads: readonly Thread[], placed: ReadonlySet<string>): ProfileAnnotations {
  return {
    open: threads.filter((t) => t.status === 'open'),
    changes: threads.filter(isPendingChange),
    placed,
  };
}
