/**
 * Writes the demo profile as DOCX, clean and annotated (open threads with
 * replies, one accepted change not applied), into the folder given, for
 * `scripts/docx-preview.sh` to render (run from the repository root through it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeAnchorPosition, findIndicator, walkContent } from '@roundtable/draft';
import { createDraftUpdate } from '@roundtable/editor';
import { annotationsOf, profileDocx, profileHtml, readProfileDocument } from '@roundtable/export';
import {
  type Author,
  demoConsultation,
  openThread,
  replyToThread,
  resolveThread,
  type Thread,
} from '@roundtable/profile';
import * as Y from 'yjs';

const out = process.argv[2] ?? 'docx-preview';
const doc = new Y.Doc();
Y.applyUpdate(doc, createDraftUpdate(demoConsultation));
const person = (name: string, organisation: string, role: Author['role'] = 'participant'): Author => ({
  personId: name,
  name,
  organisation,
  organisationId: null,
  role,
});
const anchor = (indicatorId: string, quote: string) => {
  const indicator = findIndicator(doc, indicatorId);
  for (const piece of indicator ? walkContent(indicator) : []) {
    const at = piece.kind === 'text' ? piece.text.indexOf(quote) : -1;
    if (piece.kind !== 'text' || at < 0) continue;
    const from = piece.index + at;
    return {
      start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(piece.type, from)),
      end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(piece.type, from + quote.length, -1)),
      quote,
    };
  }
  throw new Error(`"${quote}" not in ${indicatorId}`);
};
const leyla = person('Leyla Məmmədova', 'Dövlət Miqrasiya Xidməti');
const boris = person('Борис Петров', 'Министерство труда');
const fatou = person('Fatou Sow', 'IOM Veloria Office', 'facilitator');
let open: Thread = openThread(
  {
    id: 'a',
    commentId: 'a1',
    consultationId: 'demo',
    indicatorId: '1.1',
    type: 'factual-correction',
    body: 'The law was amended in 2024; cite the amendment.',
    proposedText: 'Law No. 63/2016 on Public Health Care, as amended in 2024,',
  },
  leyla,
  '2026-11-27T10:00:00.000Z',
);
open = { ...open, anchor: anchor('1.1', 'Law No. 63/2016 on Public Health Care') };
open = replyToThread(open, 'a2', 'Подтверждаю: поправка от марта 2024 года.', boris, '2026-11-27T10:05:00.000Z');
const question: Thread = openThread(
  {
    id: 'b',
    commentId: 'b1',
    consultationId: 'demo',
    indicatorId: '1.2',
    type: 'question',
    body: 'Cette donnée est-elle à jour ?',
  },
  boris,
  '2026-11-27T11:00:00.000Z',
);
let accepted: Thread = openThread(
  {
    id: 'c',
    commentId: 'c1',
    consultationId: 'demo',
    indicatorId: '1.3',
    type: 'editorial',
    body: 'Clearer wording.',
    proposedText: 'migrant workers with a valid work permit',
  },
  leyla,
  '2026-11-27T12:00:00.000Z',
);
const firstWords = (() => {
  const indicator = findIndicator(doc, '1.3');
  for (const piece of indicator ? walkContent(indicator) : [])
    if (piece.kind === 'text') return piece.text.split(' ').slice(2, 6).join(' ');
  return '';
})();
accepted = { ...accepted, anchor: anchor('1.3', firstWords) };
accepted = resolveThread(accepted, { outcome: 'accepted', response: 'Agreed.' }, fatou, '2026-11-28T09:00:00.000Z');
const threads = [open, question, accepted];
const metadata = { title: demoConsultation.title, country: demoConsultation.country, year: demoConsultation.year };
const generatedAt = new Date().toISOString();
writeFileSync(
  join(out, 'profile-clean.docx'),
  await profileDocx(readProfileDocument(doc, metadata).profile, { generatedAt }),
);
const { profile, placed } = readProfileDocument(doc, metadata, threads);
writeFileSync(
  join(out, 'profile-annotated.docx'),
  await profileDocx(profile, { generatedAt, annotations: annotationsOf(threads, placed) }),
);
writeFileSync(
  join(out, 'profile-annotated.html'),
  profileHtml(profile, { generatedAt, timeZone: 'Asia/Baku', annotations: annotationsOf(threads, placed) }),
);
