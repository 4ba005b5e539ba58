import type { DraftPolicyContext } from '@roundtable/draft';

/**
 * Where the draft's write policy reads the state of a consultation it needs
 * beyond the document (the meeting's locks, the lifecycle). Must answer
 * synchronously from memory: it runs for every update.
 */
export interface DraftContextSource {
  contextFor(consultationId: string): DraftPolicyContext;
}

/** No locks, never closed. */
export const OPEN_DRAFT: DraftContextSource = { contextFor: () => ({}) };
