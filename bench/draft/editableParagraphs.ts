import { attributeOf, nodeTypeOf, SECTIONS, topLevelBlocks } from '@roundtable/draft';
import * as Y from 'yjs';

/** A paragraph members may type in, and where it is. */
export interface EditableParagraph {
  paragraph: Y.XmlText;
  /** The indicator id for a finding's paragraph, else the anchor of the editable section (`summary`, `context`). */
  place: string;
  finding: boolean;
}

/**
 * Every paragraph of a draft that the write policy lets a participant edit,
 * in document order: the paragraphs of each indicator's finding, and the
 * top-level paragraphs after the heading of an editable section (Summary,
 * Country context) up to the next heading or indicator. Standard text
 * (title, introduction) is left out.
 */
export function editableParagraphs(doc: Y.Doc): EditableParagraph[] {
  const found: EditableParagraph[] = [];
  let section: string | null = null;
  for (const block of topLevelBlocks(doc)) {
    const type = nodeTypeOf(block);
    if (type === 'section-heading') {
      const anchor = attributeOf(block, '__anchor');
      section = typeof anchor === 'string' && SECTIONS[anchor]?.editable ? anchor : null;
    } else if (type === 'indicator') {
      section = null;
      const id = String(attributeOf(block, '__indicatorId'));
      for (const paragraph of paragraphsIn(block as Y.XmlText)) found.push({ paragraph, place: id, finding: true });
    } else if (type === 'paragraph' && section !== null) {
      found.push({ paragraph: block as Y.XmlText, place: section, finding: false });
    } else {
      section = null;
    }
  }
  return found;
}

function* paragraphsIn(block: Y.XmlText): Generator<Y.XmlText> {
  for (let item = block._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    if (type instanceof Y.XmlText && nodeTypeOf(type) === 'paragraph') yield type;
  }
}
