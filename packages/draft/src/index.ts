export { decodeAnchorPosition, encodeAnchorPosition } from './anchorPosition.ts';
export type { DraftCheck } from './checkDraftUpdate.ts';
export { checkDraftUpdate } from './checkDraftUpdate.ts';
export type { DraftPolicyContext, DraftWriter } from './DraftWriter.ts';
export { SERVER_WRITER } from './DraftWriter.ts';
export type { Zone } from './draftRights.ts';
export { mayEditContent, maySetAttribute } from './draftRights.ts';
export type { AttributeOwner, AttributeRule, NodeRule, YKind } from './draftSchema.ts';
export { attributeRule, CONTENT_BLOCKS, DRAFT_SCHEMA, isSafeUrl, nodeRule, SECTIONS } from './draftSchema.ts';
export type { AnyType, ContentPiece } from './draftTree.ts';
export {
  attributeOf,
  DRAFT_ROOT,
  draftRoot,
  enclosingIndicator,
  enclosingIndicatorId,
  findIndicator,
  indicatorIds,
  nodeTypeOf,
  parentTypeOf,
  textBetween,
  topLevelBlocks,
  walkContent,
} from './draftTree.ts';
export { draftViolations } from './draftViolations.ts';
export { isSourceList } from './isSourceList.ts';
export type { Refusal, RefusalCode } from './Refusal.ts';
export { refusalReason } from './Refusal.ts';
export { readDraftOutline } from './readDraftOutline.ts';
export { replaceTextUpdate, setAttributeUpdate } from './serverUpdates.ts';
