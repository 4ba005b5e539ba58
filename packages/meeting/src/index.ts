export type { AgendaItemInput, AgendaTiming } from './agendaRules.ts';
export { agendaTiming, nextAgendaItem, planAgenda, startAgendaItem } from './agendaRules.ts';
export type { AttendanceReport, OrganisationRef } from './attendanceReport.ts';
export {
  attendanceReport,
  attendanceReportSchema,
  orderAttendance,
  organisationRefSchema,
} from './attendanceReport.ts';
export { declareAttendanceMode, markLeft, markPresent } from './attendanceRules.ts';
export {
  currentStatusDecision,
  editStatement,
  oneLineStatement,
  recordStatusChange,
  recordThreadDecision,
} from './decisionRules.ts';
export { describeDecision } from './describeDecision.ts';
export { observeLifecycleStatus, readLifecycleStatus, writeLifecycleStatus } from './lifecycleDoc.ts';
export { lockReason, setLock } from './lockRules.ts';
export type { MeetingAct } from './MeetingAct.ts';
export type { MeetingOutline } from './MeetingOutline.ts';
export { targetLabel } from './MeetingOutline.ts';
export type { MeetingRuleErrorCode } from './MeetingRuleError.ts';
export { MeetingRuleError } from './MeetingRuleError.ts';
export type {
  Agenda,
  AgendaCurrent,
  AgendaItem,
  AttendanceEntry,
  AttendanceMode,
  Decision,
  DecisionKind,
  DecisionRecord,
  Floor,
  Lock,
  MeetingPerson,
  MeetingState,
  QueueEntry,
  Spotlight,
  Statement,
} from './MeetingState.ts';
export {
  ATTENDANCE_MODE_LABELS,
  ATTENDANCE_MODES,
  agendaCurrentSchema,
  agendaItemSchema,
  agendaSchema,
  attendanceEntrySchema,
  decisionRecordSchema,
  decisionSchema,
  floorSchema,
  lockSchema,
  lockTargetSchema,
  MAX_AGENDA_ITEMS,
  MAX_AGENDA_MINUTES,
  MAX_STATEMENT_LENGTH,
  meetingPersonSchema,
  meetingStateSchema,
  queueEntrySchema,
  spotlightSchema,
  statementSchema,
} from './MeetingState.ts';
export type { LockTarget, MeetingTarget } from './MeetingTarget.ts';
export { describeTarget, meetingTargetSchema, sameTarget, targetKey } from './MeetingTarget.ts';
export { markdownInline } from './markdownInline.ts';
export {
  appendDecision,
  clearQueueEntries,
  deleteLock,
  deleteQueueEntry,
  lockFor,
  observeMeeting,
  readAgenda,
  readAttendance,
  readAttendanceEntry,
  readDecisions,
  readFloor,
  readLock,
  readLocks,
  readMeeting,
  readQueue,
  readQueueEntry,
  readSpotlight,
  writeAgendaCurrent,
  writeAgendaPlan,
  writeAttendanceEntry,
  writeFloor,
  writeLock,
  writeQueueEntry,
  writeSpotlight,
  writeStatement,
} from './meetingDoc.ts';
export type { MinutesInput } from './meetingMinutes.ts';
export { meetingMinutes } from './meetingMinutes.ts';
export type { MeetingProgress } from './meetingProgress.ts';
export { DISCUSSED_STATUSES, meetingProgress, meetingProgressSchema } from './meetingProgress.ts';
export type {
  AgendaCurrentRequest,
  AgendaRequest,
  AgendaResponse,
  AttendanceModeRequest,
  AttendanceResponse,
  DecisionList,
  FloorRequest,
  IndicatorStatusRequest,
  IndicatorStatusResponse,
  LockRequest,
  LockResponse,
  MeetingSummary,
  MyAttendanceResponse,
  QueueResponse,
  RaiseHandRequest,
  SpotlightRequest,
  SpotlightResponse,
  StatementRequest,
} from './meetingSchemas.ts';
export {
  agendaCurrentRequestSchema,
  agendaRequestSchema,
  agendaResponseSchema,
  attendanceModeRequestSchema,
  attendanceResponseSchema,
  decisionListSchema,
  floorRequestSchema,
  indicatorStatusRequestSchema,
  indicatorStatusResponseSchema,
  lockRequestSchema,
  lockResponseSchema,
  meetingSummarySchema,
  myAttendanceResponseSchema,
  queueResponseSchema,
  raiseHandRequestSchema,
  spotlightRequestSchema,
  spotlightResponseSchema,
  statementRequestSchema,
  statementTextSchema,
} from './meetingSchemas.ts';
export { giveFloor, lowerHand, raiseHand } from './queueRules.ts';
export { moveSpotlight } from './spotlightRules.ts';
export { targetName } from './targetName.ts';
