export { demoConsultation } from './demo/demoConsultation.ts';
export type { Domain, DomainCode } from './domains.ts';
export { DOMAINS, domainOf } from './domains.ts';
export type { Consultation, Indicator, Organisation, Source } from './model.ts';
export type { Action } from './permissions.ts';
export { ACTION_LABELS, ACTIONS, actionsOf, can } from './permissions.ts';
export type { RoomKind } from './rooms.ts';
export { draftRoomOf, ROOM_KINDS, roomName, roomOf, threadsRoomOf } from './rooms.ts';
export { STANDARD_INTRODUCTION } from './standardIntroduction.ts';
export type {
  Author,
  Comment,
  CommentRevision,
  OpenThreadInput,
  Resolution,
  Thread,
  ThreadAnchor,
  ThreadEvent,
  ThreadFilter,
  ThreadRuleErrorCode,
} from './threads/index.ts';
export {
  deleteComment,
  editComment,
  filterThreads,
  MAX_BODY_LENGTH,
  openThread,
  reopenThread,
  replyToThread,
  resolveThread,
  ThreadRuleError,
} from './threads/index.ts';
export type {
  Answer,
  ConsultationLevel,
  ConsultationStatus,
  FindingKind,
  IndicatorStatus,
  OrganisationKind,
  Outcome,
  Role,
  ThreadStatus,
  ThreadType,
} from './vocabulary.ts';
export {
  ANSWER_LABELS,
  ANSWERS,
  CONSULTATION_LEVELS,
  CONSULTATION_STATUSES,
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUSES,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  OUTCOME_LABELS,
  OUTCOMES,
  ROLE_LABELS,
  ROLES,
  THREAD_STATUSES,
  THREAD_TYPE_LABELS,
  THREAD_TYPES,
} from './vocabulary.ts';
