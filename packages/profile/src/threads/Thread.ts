import type { Outcome, Role, ThreadStatus, ThreadType } from '../vocabulary.ts';

/** Who wrote something, frozen at the time they wrote it. */
export interface Author {
  /** The person's invitation id: stable for one person in one consultation. */
  personId: string;
  name: string;
  /** The organisation's name as shown; `organisationId` when it is one of the consultation's. */
  organisation: string;
  organisationId: string | null;
  role: Role;
}

export interface CommentRevision {
  body: string;
  /** When this text was replaced. */
  replacedAt: string;
}

export interface Comment {
  id: string;
  author: Author;
  body: string;
  createdAt: string;
  editedAt?: string;
  /** Earlier texts of this comment, oldest first. */
  history: CommentRevision[];
  /** Set when the author deleted it: the body and the history are emptied, the trace stays. */
  deletedAt?: string;
}

/**
 * Where a thread is anchored in the draft. `start` and `end` are Yjs relative
 * positions (base64 of `Y.encodeRelativePosition`), which follow the text
 * through concurrent edits. `quote` is the text as it was when the thread was
 * opened, so the thread stays readable if the text is deleted.
 */
export interface ThreadAnchor {
  start: string;
  end: string;
  quote: string;
}

export interface Resolution {
  outcome: Outcome;
  response: string;
  by: Author;
  at: string;
  /** The proposed wording was applied to the anchored text. */
  appliedProposal: boolean;
}

/** One entry of a thread's audit trail. */
export interface ThreadEvent {
  kind: 'opened' | 'resolved' | 'reopened' | 'proposal-applied';
  by: Author;
  at: string;
}

export interface Thread {
  id: string;
  consultationId: string;
  indicatorId: string;
  type: ThreadType;
  author: Author;
  createdAt: string;
  /** Wording the author proposes for the anchored text (or the finding). */
  proposedText?: string;
  anchor?: ThreadAnchor;
  status: ThreadStatus;
  resolution?: Resolution;
  /** The first comment is the thread's opening remark; replies follow in order. */
  comments: Comment[];
  events: ThreadEvent[];
}
