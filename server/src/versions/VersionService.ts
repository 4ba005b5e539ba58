import { randomBytes } from 'node:crypto';
import { findIndicator } from '@roundtable/draft';
import {
  type Actor,
  type DraftContent,
  draftRoomOf,
  type IndicatorChange,
  type RestoreResult,
  type Role,
  threadsRoomOf,
  type VersionComparison,
  type VersionContent,
  type VersionMeta,
  versionMetaSchema,
} from '@roundtable/profile';
import { compareContents, newTextClients, readDraftContent, restoreContent } from '@roundtable/versions';
import * as Y from 'yjs';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { createDraftUpdateCheck } from '../draft/createDraftUpdateCheck.ts';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import { ApiError } from '../http/ApiError.ts';
import type { InvitationStore } from '../invitations/InvitationStore.ts';
import type { Logger } from '../log.ts';
import type { VersionStore } from '../storage/VersionStore.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/** The side of a comparison that is the live draft. */
export const CURRENT = 'current';

export interface VersionServiceOptions {
  rooms: RoomManager;
  store: VersionStore;
  consultations: ConsultationStore;
  invitations: InvitationStore;
  draftContext: DraftContextSource;
  logger: Logger;
  now?: () => Date;
}

/** One side of a comparison: its name, its content and (for a version) the state vector it stands for. */
interface Side {
  id: string;
  name: string;
  content: DraftContent;
  stateVector: Map<number, number> | null;
}

/**
 * Named versions of a consultation: saving the draft and its threads as
 * they are (each as its own encoded state, so the live documents keep
 * garbage collection), listing, opening read-only, comparing any two (or one
 * with the live draft) and restoring from one as a new change to the live
 * draft, checked by the write policy for the facilitator who asks.
 */
export class VersionService {
  private readonly now: () => Date;

  constructor(private readonly options: VersionServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Saves the draft and the threads of `consultationId` as they are now, under `name`.
   *
   * @throws ApiError 404 without such a consultation
   */
  async save(consultationId: string, name: string, by: Actor): Promise<VersionMeta> {
    const { rooms, store, consultations } = this.options;
    const record = await consultations.get(consultationId);
    if (!record) throw new ApiError(404, 'not_found', 'No such consultation');
    const draft = await rooms.withRoom(draftRoomOf(consultationId), (room) => Y.encodeStateAsUpdate(room.doc));
    const threads = await rooms.withRoom(threadsRoomOf(consultationId), (room) => Y.encodeStateAsUpdate(room.doc));
    for (let attempt = 0; attempt < 5; attempt++) {
      const meta: VersionMeta = {
        id: `v-${randomBytes(6).toString('hex')}`,
        name,
        savedAt: this.now().toISOString(),
        savedBy: by,
        status: record.status,
      };
      if (await store.save(consultationId, { id: meta.id, meta: JSON.stringify(meta), draft, threads })) {
        this.options.logger.info('version.saved', {
          consultation: consultationId,
          version: meta.id,
          bytes: draft.length,
        });
        return meta;
      }
    }
    throw new Error('VersionService.save: no free version id');
  }

  /** Every version of a consultation, in the order saved. */
  async list(consultationId: string): Promise<VersionMeta[]> {
    const stored = await this.options.store.list(consultationId);
    return stored.flatMap(({ meta }) => {
      const parsed = versionMetaSchema.safeParse(JSON.parse(meta));
      return parsed.success ? [parsed.data] : [];
    });
  }

  /**
   * A version opened read-only: its metadata and content.
   *
   * @throws ApiError 404 when the consultation has no such version
   */
  async open(consultationId: string, versionId: string): Promise<VersionContent> {
    const { meta, draft, threads } = await this.load(consultationId, versionId);
    return { version: meta, content: readDraftContent(draft, threads) };
  }

  /**
   * What changed from `from` to `to` (version ids, or `current`), per
   * indicator; with the live draft as `to`, who added text where this
   * instance saw them write.
   *
   * @throws ApiError 404 when either side is no version of the consultation
   */
  async compare(consultationId: string, from: string, to: string): Promise<VersionComparison> {
    const before = await this.side(consultationId, from, null);
    const after = await this.side(consultationId, to, before.stateVector);
    const comparison = compareContents(before.content, after.content, (id) => after.writers?.get(id) ?? []);
    return {
      from: { id: before.id, name: before.name },
      to: { id: after.id, name: after.name },
      ...comparison,
    };
  }

  /**
   * Writes the content of version `versionId` back into the live draft (one
   * indicator, or every indicator and editable section) as a new change,
   * made by the server for `role` and checked by the write policy like that
   * facilitator's own edit: a lock or a closed draft refuses it (409), and
   * everyone connected receives it live.
   *
   * @throws ApiError 404 for an unknown version or an indicator neither side has
   * @throws UpdateRefusedError when the write policy refuses the change
   */
  async restore(
    consultationId: string,
    versionId: string,
    indicatorId: string | undefined,
    role: Role,
  ): Promise<RestoreResult> {
    const { draft } = await this.load(consultationId, versionId);
    if (indicatorId !== undefined && findIndicator(draft, indicatorId) === undefined) {
      throw new ApiError(404, 'not_found', `Version ${versionId} has no indicator ${indicatorId}`);
    }
    const check = createDraftUpdateCheck({ kind: 'member', role }, () =>
      this.options.draftContext.contextFor(consultationId),
    );
    let outcome = { indicators: [] as string[], sections: [] as string[], skipped: [] as string[] };
    const changed = await this.options.rooms.withRoom(draftRoomOf(consultationId), (room) =>
      room.applyServerUpdate((doc, client) => {
        // A copy of the live draft takes the edits, so the room's document changes only once the policy accepts them.
        const copy = new Y.Doc({ gc: true });
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
        copy.clientID = client;
        const updates: Uint8Array[] = [];
        copy.on('update', (update: Uint8Array) => updates.push(update));
        outcome = restoreContent(copy, draft, indicatorId === undefined ? {} : { indicatorId });
        copy.destroy();
        if (updates.length === 0) return null;
        return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
      }, check),
    );
    if (indicatorId !== undefined && outcome.skipped.includes(indicatorId)) {
      throw new ApiError(404, 'not_found', `The draft has no indicator ${indicatorId}`);
    }
    this.options.logger.info('version.restored', {
      consultation: consultationId,
      version: versionId,
      indicators: outcome.indicators.length,
      sections: outcome.sections.length,
    });
    return {
      restored: { indicators: outcome.indicators, sections: outcome.sections },
      skipped: outcome.skipped,
      changed,
    };
  }

  private async load(
    consultationId: string,
    versionId: string,
  ): Promise<{ meta: VersionMeta; draft: Y.Doc; threads: Y.Doc }> {
    const stored = await this.options.store.get(consultationId, versionId);
    if (!stored) throw new ApiError(404, 'not_found', `No version ${versionId} in this consultation`);
    const draft = new Y.Doc();
    Y.applyUpdate(draft, stored.draft);
    const threads = new Y.Doc();
    Y.applyUpdate(threads, stored.threads);
    return { meta: versionMetaSchema.parse(JSON.parse(stored.meta)), draft, threads };
  }

  /** One side of a comparison; for the live draft after a version, who added text to each indicator. */
  private async side(
    consultationId: string,
    ref: string,
    since: Map<number, number> | null,
  ): Promise<Side & { writers?: Map<string, IndicatorChange['changedBy']> }> {
    if (ref !== CURRENT) {
      const { meta, draft, threads } = await this.load(consultationId, ref);
      const stateVector = Y.decodeStateVector(Y.encodeStateVector(draft));
      return { id: meta.id, name: meta.name, content: readDraftContent(draft, threads), stateVector };
    }
    const { rooms } = this.options;
    const threads = await rooms.withRoom(threadsRoomOf(consultationId), (room) => Y.encodeStateAsUpdate(room.doc));
    const threadsDoc = new Y.Doc();
    Y.applyUpdate(threadsDoc, threads);
    const read = await rooms.withRoom(draftRoomOf(consultationId), (room) => {
      const content = readDraftContent(room.doc, threadsDoc);
      const invitationsByIndicator = new Map<string, Set<string>>();
      if (since !== null) {
        for (const indicator of content.indicators) {
          const element = findIndicator(room.doc, indicator.id);
          if (element === undefined) continue;
          const writers = new Set<string>();
          for (const client of newTextClients(element, since)) {
            const writer = room.writerOf(client);
            if (writer !== undefined) writers.add(writer);
          }
          if (writers.size > 0) invitationsByIndicator.set(indicator.id, writers);
        }
      }
      return { content, invitationsByIndicator };
    });
    const writers = new Map<string, IndicatorChange['changedBy']>();
    for (const [indicatorId, ids] of read.invitationsByIndicator) {
      const people = await Promise.all([...ids].map((id) => this.options.invitations.get(consultationId, id)));
      writers.set(
        indicatorId,
        people.flatMap((p) => (p ? [{ name: p.name, organisation: p.organisation.name }] : [])),
      );
    }
    return { id: CURRENT, name: 'Current draft', content: read.content, stateVector: null, writers };
  }
}
