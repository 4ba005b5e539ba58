import { writeLifecycleStatus } from '@roundtable/meeting';
import { type Actor, type ConsultationStatus, type LifecycleEntry, lifecycleRefusal } from '@roundtable/profile';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { ApiError } from '../http/ApiError.ts';
import type { Logger } from '../log.ts';
import type { MeetingRooms } from '../meeting/MeetingRooms.ts';
import type { VersionService } from '../versions/VersionService.ts';

/** The name of the version saved when a consultation is published. */
export const PUBLISHED_VERSION_NAME = 'Published';

export interface LifecycleServiceOptions {
  consultations: ConsultationStore;
  meeting: MeetingRooms;
  versions: VersionService;
  logger: Logger;
  now?: () => Date;
}

/**
 * Moves a consultation through its lifecycle. The status goes first into the
 * meeting document, which the draft's write policy reads (so the draft is
 * closed from that moment on, on every instance), then into the
 * consultation's record with who and when. Publishing also saves the
 * version "Published": the final state of the draft and its comments.
 */
export class LifecycleService {
  private readonly now: () => Date;

  constructor(private readonly options: LifecycleServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * @throws ApiError 404 without such a consultation, 409 for a move the lifecycle does not allow
   */
  async move(consultationId: string, to: ConsultationStatus, by: Actor): Promise<ConsultationRecord> {
    const { consultations, meeting } = this.options;
    const current = await consultations.get(consultationId);
    if (!current) throw new ApiError(404, 'not_found', 'No such consultation');
    const refusal = lifecycleRefusal(current.status, to);
    if (refusal !== null) throw new ApiError(409, 'conflict', refusal);
    await meeting.change(consultationId, (doc) => writeLifecycleStatus(doc, to));
    const at = this.now().toISOString();
    const updated = await consultations.update(consultationId, (record) => {
      const entry: LifecycleEntry = { from: record.status, to, by, at };
      return { ...record, status: to, lifecycle: [...(record.lifecycle ?? []), entry] };
    });
    if (!updated) throw new ApiError(404, 'not_found', 'No such consultation');
    this.options.logger.info('consultation.moved', { consultation: consultationId, from: current.status, to });
    if (to === 'published') await this.options.versions.save(consultationId, PUBLISHED_VERSION_NAME, by);
    return updated;
  }
}
