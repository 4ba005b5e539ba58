import { attributeOf, findIndicator, SERVER_WRITER } from '@roundtable/draft';
import { localTime } from '@roundtable/export';
import type { Language } from '@roundtable/i18n';
import {
  type AttendanceResponse,
  attendanceReport,
  currentStatusDecision,
  type Decision,
  editStatement,
  type IndicatorStatusResponse,
  type MeetingPerson,
  MeetingRuleError,
  type MeetingSummary,
  meetingMinutes,
  meetingProgress,
  type OrganisationRef,
  oneLineStatement,
  readAttendance,
  readDecisions,
  readMeeting,
  recordStatusChange,
  recordThreadDecision,
} from '@roundtable/meeting';
import { draftRoomOf, INDICATOR_STATUSES, type IndicatorStatus } from '@roundtable/profile';
import type { ThreadDecision, ThreadService } from '../comments/ThreadService.ts';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';
import { timeZoneOf } from '../consultations/ConsultationStore.ts';
import { createDraftUpdateCheck } from '../draft/createDraftUpdateCheck.ts';
import type { DraftContextSource } from '../draft/DraftContextSource.ts';
import { statusOf } from '../invitations/Invitation.ts';
import type { InvitationStore } from '../invitations/InvitationStore.ts';
import type { Logger } from '../log.ts';
import type { RoomManager } from '../sync/RoomManager.ts';
import { indicatorStatusUpdate } from './indicatorStatusUpdate.ts';
import type { MeetingRooms } from './MeetingRooms.ts';

/** Status changes are the server's own (facilitators ask through the API): checked as the server. */
const SERVER_CHECK = createDraftUpdateCheck(SERVER_WRITER, () => ({}));

export interface MeetingServiceOptions {
  rooms: RoomManager;
  meeting: MeetingRooms;
  invitations: InvitationStore;
  threads: ThreadService;
  /** The locks, as the draft's write policy reads them. */
  draftContext: DraftContextSource;
  logger: Logger;
}

/**
 * The meeting's operations that span its rooms: an indicator's status (in
 * the draft) with its decision (in the meeting), the summary and minutes
 * (the meeting, the draft's outline, the threads), attendance with the
 * invited organisations, and the log of thread decisions. Single-room
 * operations (spotlight, agenda, queue, locks) are rules applied through
 * {@link MeetingRooms} by the routes.
 */
export class MeetingService {
  constructor(private readonly options: MeetingServiceOptions) {}

  /**
   * Moves indicator `indicatorId` to `status` in the draft and logs the
   * decision with its optional statement. An unchanged status logs nothing,
   * unless a statement is given: it then becomes the statement of the
   * decision the indicator stands on (or of a new one when it has none).
   *
   * @throws MeetingRuleError `not-found` when the draft has no such indicator, `conflict` when it is locked
   */
  async setStatus(
    consultationId: string,
    indicatorId: string,
    status: IndicatorStatus,
    statementText: string | undefined,
    actor: MeetingPerson,
  ): Promise<IndicatorStatusResponse> {
    const { meeting } = this.options;
    let from: IndicatorStatus | null = null;
    await this.options.rooms.withRoom(draftRoomOf(consultationId), (room) =>
      room.applyServerUpdate((doc, client) => {
        const indicator = findIndicator(doc, indicatorId);
        if (indicator === undefined) {
          throw new MeetingRuleError('not-found', `No indicator ${indicatorId} in this consultation's draft`);
        }
        // Checked in the draft room's turn, so no lock lands between the check and the change.
        const context = this.options.draftContext.contextFor(consultationId);
        // A validated or published draft is read-only for everyone, its statuses included.
        if (context.closed) throw new MeetingRuleError('conflict', context.closed);
        const lock = context.lockOf?.(indicatorId) ?? null;
        if (lock !== null) throw new MeetingRuleError('locked', `${lock}: unlock it to change its status`);
        const current = attributeOf(indicator, '__status');
        from = INDICATOR_STATUSES.find((s) => s === current) ?? 'not-discussed';
        return indicatorStatusUpdate(doc, indicatorId, status, client) ?? null;
      }, SERVER_CHECK),
    );
    const previous = from as IndicatorStatus | null;
    if (previous === null) throw new Error('MeetingService.setStatus: the status update was not built');
    const act = meeting.act(actor);
    const statement = statementText === undefined ? undefined : oneLineStatement(statementText);
    let decision: Decision | null = null;
    if (previous !== status || statement !== undefined) {
      decision = await meeting.change(consultationId, (doc) => {
        const standing = previous === status ? currentStatusDecision(readDecisions(doc), indicatorId) : undefined;
        return standing === undefined
          ? recordStatusChange(doc, { indicatorId, from: previous, to: status, statement: statement ?? null }, act)
          : editStatement(doc, standing.id, statement ?? null, act);
      });
    }
    this.options.logger.info('meeting.indicator-status', {
      consultation: consultationId,
      indicator: indicatorId,
      status,
    });
    return { indicatorId, status, decision };
  }

  /** Logs a thread's resolution or reopening (ThreadService's `onDecision`). */
  async recordThreadDecision(event: ThreadDecision): Promise<void> {
    const { meeting } = this.options;
    const act = { ...meeting.act(event.by), at: event.at };
    await meeting.change(event.consultationId, (doc) => recordThreadDecision(doc, event.kind, event.thread, act));
  }

  /** What a meeting screen shows at once (see `meetingSummarySchema`). */
  async summary(consultationId: string): Promise<MeetingSummary> {
    const { meeting } = this.options;
    const [outline, state] = await Promise.all([
      meeting.outline(consultationId),
      meeting.read(consultationId, readMeeting),
    ]);
    const { attending, inRoom, remote, undeclared } = attendanceReport(state.attendance, [], 'now');
    return {
      consultationId,
      serverTime: meeting.stamp(),
      progress: meetingProgress(outline),
      spotlight: state.spotlight,
      agenda: state.agenda,
      queue: state.queue,
      floor: state.floor,
      locks: state.locks,
      attendance: { attending, inRoom, remote, undeclared },
      decisionCount: state.decisions.length,
    };
  }

  /** Who is here, by organisation, and the invited organisations nobody attends for now. */
  async attendance(consultation: ConsultationRecord): Promise<AttendanceResponse> {
    const { meeting } = this.options;
    const [entries, invited] = await Promise.all([
      meeting.read(consultation.id, readAttendance),
      this.invitedOrganisations(consultation),
    ]);
    return { ...attendanceReport(entries, invited, 'now'), serverTime: meeting.stamp() };
  }

  /**
   * The draft minutes as Markdown in `language` (the consultation's, see
   * `languageOf`), and a safe name to download them under.
   */
  async minutes(consultation: ConsultationRecord, language: Language): Promise<{ markdown: string; filename: string }> {
    const { meeting } = this.options;
    const [outline, state, threads, invited] = await Promise.all([
      meeting.outline(consultation.id),
      meeting.read(consultation.id, readMeeting),
      this.options.threads.list(consultation.id, {}),
      this.invitedOrganisations(consultation),
    ]);
    const generatedAt = meeting.stamp();
    const timeZone = timeZoneOf(consultation);
    const markdown = meetingMinutes({
      consultation,
      generatedAt,
      outline,
      meeting: state,
      threads,
      invited,
      language,
      timeZone,
    });
    const safeId = consultation.id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'consultation';
    return { markdown, filename: `${safeId}-minutes-${localTime(generatedAt, timeZone).text.slice(0, 10)}.md` };
  }

  /** The consultation's organisations and those of its active invitations. */
  private async invitedOrganisations(consultation: ConsultationRecord): Promise<OrganisationRef[]> {
    const invitations = await this.options.invitations.list(consultation.id);
    const now = Date.now();
    return [
      ...consultation.organisations.map((o) => ({ id: o.id, name: o.name })),
      ...invitations.filter((i) => statusOf(i, now) === 'active').map((i) => i.organisation),
    ];
  }
}
