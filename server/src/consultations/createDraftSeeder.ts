import { createDraftUpdate } from '@roundtable/editor';
import { roomOf } from '@roundtable/profile';
import type { ConsultationStore } from './ConsultationStore.ts';

/**
 * Initial content for rooms: a consultation's draft room starts as the
 * consultation's profile, built by a headless Lexical editor on the server.
 * The seed is deterministic, so two instances seeding at once cannot
 * duplicate it. Other rooms start empty.
 */
export function createDraftSeeder(consultations: ConsultationStore): (room: string) => Promise<Uint8Array | null> {
  return async (room) => {
    const target = roomOf(room);
    const id = target?.kind === 'draft' ? target.consultationId : undefined;
    const source = id === undefined ? null : await consultations.draftSource(id);
    return source ? createDraftUpdate(source) : null;
  };
}
