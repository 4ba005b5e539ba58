import { readDraftOutline } from '@roundtable/draft';
import {
  type AnchoredThread,
  annotationsOf,
  type ProfileAnnotations,
  type ProfileDocument,
  readProfileDocument,
} from '@roundtable/export';
import { draftRoomOf, type ProfileOutline, type Thread, type ThreadFilter } from '@roundtable/profile';
import type { ThreadService } from '../comments/ThreadService.ts';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/**
 * What exports read, from the server's own documents: the draft as a
 * profile (with the open threads' and pending changes' anchors placed when
 * annotated), its outline, and the threads.
 */
export class ExportSources {
  constructor(private readonly deps: { rooms: RoomManager; threads: ThreadService }) {}

  /** The draft as a profile; with `annotated`, the threads it shows and where they sit. */
  async profile(
    record: ConsultationRecord,
    annotated: boolean,
  ): Promise<{ profile: ProfileDocument; annotations: ProfileAnnotations | undefined }> {
    const threads = annotated ? await this.deps.threads.list(record.id, {}) : [];
    const shown = annotationsOf(threads, new Set());
    const anchored: AnchoredThread[] = [...shown.open, ...shown.changes];
    const metadata = { title: record.title, country: record.country, year: record.year };
    const { profile, placed } = await this.deps.rooms.withRoom(draftRoomOf(record.id), (room) =>
      readProfileDocument(room.doc, metadata, anchored),
    );
    return { profile, annotations: annotated ? annotationsOf(threads, placed) : undefined };
  }

  /** The threads matching `filter` and the draft's outline (for profile order, domain names, indicator titles). */
  async matrix(
    record: ConsultationRecord,
    filter: ThreadFilter,
  ): Promise<{ threads: Thread[]; outline: ProfileOutline }> {
    const [threads, outline] = await Promise.all([
      this.deps.threads.list(record.id, filter),
      this.deps.rooms.withRoom(draftRoomOf(record.id), (room) => readDraftOutline(room.doc)),
    ]);
    return { threads, outline };
  }
}
