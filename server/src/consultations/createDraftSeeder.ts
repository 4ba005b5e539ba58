import { checkDraftUpdate, refusalReason, SERVER_WRITER } from '@roundtable/draft';
import { roomOf } from '@roundtable/profile';
import * as Y from 'yjs';
import type { ConsultationStore } from './ConsultationStore.ts';

/**
 * Initial content for rooms: a consultation's draft room starts as the
 * consultation's profile, built by a headless Lexical editor on the server
 * and checked by the draft's write policy like any other server change. The
 * seed is deterministic, so two instances seeding at once cannot duplicate
 * it. Other rooms start empty.
 *
 * @throws Error when the built seed breaks the draft's schema (a bug: the room then fails to load)
 */
export function createDraftSeeder(consultations: ConsultationStore): (room: string) => Promise<Uint8Array | null> {
  return async (room) => {
    const target = roomOf(room);
    const id = target?.kind === 'draft' ? target.consultationId : undefined;
    const source = id === undefined ? null : await consultations.draftSource(id);
    if (!source) return null;
    // The headless editor (Lexical, about 40 MB resident) is loaded when a draft is first seeded, not at start.
    const { createDraftUpdate } = await import('@roundtable/editor');
    const seed = createDraftUpdate(source);
    const check = checkDraftUpdate(new Y.Doc(), seed, SERVER_WRITER);
    if (check.outcome === 'refuse')
      throw new Error(`the seed of ${room} breaks the draft schema: ${refusalReason(check.refusals)}`);
    return seed;
  };
}
