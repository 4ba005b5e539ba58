import { anchorPositionSchema } from '@roundtable/profile';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/**
 * One end of a thread's anchor (`ThreadAnchor.start` / `end`) as it travels
 * and is stored: the standard base64 of `Y.encodeRelativePosition`. The
 * client encodes what the person selected, the server decodes it against
 * its own draft, tests write anchors the same way.
 *
 * @example
 * const start = encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(paragraph, 8, 0));
 * Y.createAbsolutePositionFromRelativePosition(decodeAnchorPosition(start)!, doc);
 */
export function encodeAnchorPosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/**
 * The relative position of an anchor end, or null when the text is not one:
 * not an anchor end's base64 ({@link anchorPositionSchema}), or bytes that
 * do not decode as a relative position.
 */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  if (!anchorPositionSchema.safeParse(encoded).success) return null;
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
}
