export { $buildDraft } from './buildDraft.ts';
export { createDraftEditor } from './createDraftEditor.ts';
export { createDraftEditorFromUpdate } from './createDraftEditorFromUpdate.ts';
export { createDraftUpdate } from './createDraftUpdate.ts';
export type { SerializedDomainHeadingNode } from './DomainHeadingNode.ts';
export { $createDomainHeadingNode, $isDomainHeadingNode, DomainHeadingNode } from './DomainHeadingNode.ts';
export { draftClientId } from './draftClientId.ts';
export { headlessProvider } from './headlessProvider.ts';
export type { IndicatorNodeInit, SerializedIndicatorNode } from './IndicatorNode.ts';
export {
  $createIndicatorNode,
  $enclosingIndicatorNode,
  $findIndicatorNode,
  $isIndicatorNode,
  IndicatorNode,
} from './IndicatorNode.ts';
export { findIndicatorChromePart } from './indicatorChromeRoot.ts';
export { type IndicatorChromeText, indicatorChromeText, setIndicatorChromeText } from './indicatorChromeText.ts';
export type { DraftOutline, OutlineDomain, OutlineIndicator, OutlineSection } from './readOutline.ts';
export { $readOutline, readOutline } from './readOutline.ts';
export {
  $deletionBreaksStructure,
  $isStructuralNode,
  $selectionSpansStructure,
  registerDraftGuard,
} from './registerDraftGuard.ts';
export { registerSchemaGuard } from './registerSchemaGuard.ts';
export { INDICATOR_BODY_CLASS, INDICATOR_CLASS, renderIndicatorChrome } from './renderIndicatorChrome.ts';
export { ROUNDTABLE_NODES } from './roundtableNodes.ts';
export type { SectionLevel, SerializedSectionHeadingNode } from './SectionHeadingNode.ts';
export {
  $createSectionHeadingNode,
  $isSectionHeadingNode,
  SECTION_LEVELS,
  SectionHeadingNode,
} from './SectionHeadingNode.ts';
export { parseSources, serializeSources } from './sourcesJSON.ts';
