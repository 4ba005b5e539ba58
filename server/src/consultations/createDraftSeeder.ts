import { createDraftUpdate } from '@roundtable/editor';
import type { ConsultationRegistry } from './ConsultationRegistry.ts';
import { consultationOfRoom } from './ConsultationRegistry.ts';

/**
 * Initial content for rooms: a consultation's draft room starts as the
 * consultation's profile, built by a headless Lexical editor on the server.
 * The seed is deterministic, so two instances seeding at once cannot
 * duplicate it. Other rooms start empty.
 */
export function createDraftSeeder(consultations: ConsultationRegistry): (room: string) => Uint8Array | null {
  return (room) => {
    const id = consultationOfRoom(room);
    const consultation = id === undefined ? undefined : consultations.get(id);
    return consultation ? createDraftUpdate(consultation) : null;
  };
}
