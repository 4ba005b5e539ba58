import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import * as Y from 'yjs';

/**
 * The demo draft as a store would hold it after a session of typing: the seed,
 * then `count - 1` one-character edits spread over the findings.
 */
export function demoHistory(count = 10_000): Uint8Array[] {
  const doc = new Y.Doc();
  const seed = createDraftUpdate(demoConsultation);
  Y.applyUpdate(doc, seed);
  const texts: Y.XmlText[] = [];
  const collect = (type: Y.XmlText) => {
    for (const op of type.toDelta() as { insert: unknown }[]) {
      if (op.insert instanceof Y.XmlText) {
        texts.push(op.insert);
        collect(op.insert);
      }
    }
  };
  collect(doc.get('root', Y.XmlText));
  const leaves = texts.filter((t) => t.length > 0);
  const updates: Uint8Array[] = [seed];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 1; i < count; i++) {
    const text = leaves[(i * 7919) % leaves.length] as Y.XmlText;
    text.insert(Math.min(text.length, (i * 31) % 50), 'abcdefghij'[i % 10] as string);
  }
  return updates;
}
