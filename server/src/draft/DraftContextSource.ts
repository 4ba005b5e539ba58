import type { DraftPolicyContext } from '@roundtable/draft';

/**
 * Where the draft's write policy reads the state of a consultation it needs
 * beyond the document (the meeting's locks, the lifecycle). Must answer
 * synchronously from memory: it runs for every update. The server's is
 * `createMeetingDraftContext` (the locks of the consultation's meeting room,
 * loaded with its draft room).
 *
 * @example
 * const context: DraftContextSource = { contextFor: () => ({ lockOf: () => null }) };
 */
export interface DraftContextSource {
  contextFor(consultationId: string): DraftPolicyContext;
}
