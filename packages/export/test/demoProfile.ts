import { createDraftUpdate } from '@roundtable/editor';
import { demoConsultation } from '@roundtable/profile';
import * as Y from 'yjs';

/** A fresh Y.Doc holding the demo consultation's draft, as the server seeds it (test support). */
export function demoDraftDoc(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(demoConsultation), 'seed');
  return doc;
}

/** The demo's metadata as a consultation record carries it. */
export const demoMetadata = {
  title: demoConsultation.title,
  country: demoConsultation.country,
  year: demoConsultation.year,
};
