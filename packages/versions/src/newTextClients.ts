import * as Y from 'yjs';

/**
 * The Yjs client ids that wrote text now in `element` (or in elements inside
 * it) which `stateVector` (an earlier state of the same document) did not
 * have: who added to it since then, as client ids. Deleted text leaves no
 * trace under garbage collection, so only additions are attributed.
 *
 * @example
 * const clients = newTextClients(findIndicator(doc, '2.4'), Y.decodeStateVector(Y.encodeStateVector(versionDoc)));
 */
export function newTextClients(element: Y.XmlText, stateVector: Map<number, number>): Set<number> {
  const clients = new Set<number>();
  const visit = (type: Y.XmlText): void => {
    for (let item = type._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      const { client, clock } = item.id;
      if (item.content instanceof Y.ContentString && clock + item.length > (stateVector.get(client) ?? 0)) {
        clients.add(client);
      }
      if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlText) visit(item.content.type);
    }
  };
  visit(element);
  return clients;
}
