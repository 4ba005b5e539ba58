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
export { isSourceList } from './isSourceList.ts';
