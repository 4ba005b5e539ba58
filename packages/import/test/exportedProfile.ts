import { createDraftUpdate } from '@roundtable/editor';
import { profileDocx, profileMarkdown, readProfileDocument } from '@roundtable/export';
import type { Language } from '@roundtable/i18n';
import type { Consultation } from '@roundtable/profile';
import * as Y from 'yjs';

/**
 * `profile` as the export writes it: seeded into a draft as the server
 * seeds one, read with `readProfileDocument` and written by the real
 * writers of `@roundtable/export`, so the importer's tests and benchmark
 * read exactly what a user downloads (test support).
 */
function exported(profile: Consultation) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createDraftUpdate(profile), 'seed');
  return readProfileDocument(doc, { title: profile.title, country: profile.country, year: profile.year }).profile;
}

/** `profile.md` of `profile`, as `GET .../export/profile.md` answers it for a consultation in `language`. */
export function exportedMarkdown(profile: Consultation, language: Language = 'en'): string {
  return profileMarkdown(exported(profile), language);
}

/** `profile.docx` (clean) of `profile`, as `GET .../export/profile.docx` answers it for a consultation in `language`. */
export function exportedDocx(profile: Consultation, language: Language = 'en'): Promise<Uint8Array> {
  return profileDocx(exported(profile), { generatedAt: '2026-11-30T09:00:00.000Z', language });
}
