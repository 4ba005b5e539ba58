export type { ChangedBy, ContentComparison } from './compareContents.ts';
export { compareContents, wordDiff } from './compareContents.ts';
export { newTextClients } from './newTextClients.ts';
export { findingText, readDraftContent } from './readDraftContent.ts';
export type { RestoreOutcome } from './restoreContent.ts';
export { restoreContent } from './restoreContent.ts';
