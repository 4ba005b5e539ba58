/** Who is looking at the comments, and what their role lets them do (the server decides in the end). */
export interface Viewer {
  /** Invitation id; comments with this author id are theirs. */
  personId: string | null;
  canComment: boolean;
  canResolve: boolean;
}
