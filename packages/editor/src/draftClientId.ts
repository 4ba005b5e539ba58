import { type Consultation, fnv1a32 } from '@roundtable/profile';
import { $buildDraft } from './buildDraft.ts';
import { createDraftEditor } from './createDraftEditor.ts';

/** Bump when the seed's layout changes in a way the editor JSON would not show. */
const SEED_FORMAT = 'roundtable-draft-seed/1';

/**
 * The Yjs client id the seed of `consultation` is written with: a 32-bit
 * FNV-1a hash of the consultation id and of the exact editor content.
 *
 * Same input, same id, same bytes: two servers seeding one room at once
 * produce identical structs, and Yjs integrates the second copy as a no-op.
 * Hashing the content too (not only the id) means a changed draft gets a new
 * id, so two different seeds can at worst duplicate, never interleave under
 * the same (client, clock) pairs.
 */
export function draftClientId(consultation: Consultation): number {
  const editor = createDraftEditor();
  editor.update(() => $buildDraft(consultation), { discrete: true });
  const content = JSON.stringify(editor.getEditorState().toJSON());
  const id = fnv1a32(`${SEED_FORMAT}\u0000${consultation.id}\u0000${content}`);
  // 0 is a legal but suspicious client id; never hand it out.
  return id === 0 ? 1 : id;
}
