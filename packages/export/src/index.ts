export { markdownLineStart, markdownText } from './markdownText.ts';
export type { Block, Inline, ProfileDocument, ProfileDomain, ProfileIndicator } from './ProfileDocument.ts';
export { TEXT_FORMAT } from './ProfileDocument.ts';
export { profileMarkdown, sourceLine } from './profileMarkdown.ts';
export type { AnchoredThread, ProfileMetadata } from './readProfileDocument.ts';
export { readProfileDocument } from './readProfileDocument.ts';
