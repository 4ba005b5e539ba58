export type {
  ApiErrorBody,
  CommentRequest,
  ConsultationList,
  ConsultationSummary,
  CreatedInvitation,
  InvitationStatus,
  InvitedOrganisation,
  InvitedPerson,
  JoinRequest,
  LogoutRequest,
  Me,
  Member,
  NewConsultationRequest,
  NewInvitationRequest,
  NewThreadRequest,
  PeopleList,
  RenameRequest,
  ResolveRequest,
  ThreadList,
} from './api/index.ts';
export {
  apiErrorSchema,
  commentRequestSchema,
  consultationListSchema,
  consultationSummarySchema,
  createdInvitationSchema,
  INVITATION_STATUSES,
  invitedOrganisationSchema,
  invitedPersonSchema,
  joinRequestSchema,
  logoutRequestSchema,
  logoutResponseSchema,
  MAX_INVITATION_HOURS,
  memberSchema,
  meSchema,
  newConsultationRequestSchema,
  newInvitationRequestSchema,
  newThreadRequestSchema,
  peopleListSchema,
  personNameSchema,
  renameRequestSchema,
  resolveRequestSchema,
  threadListSchema,
} from './api/index.ts';
export { demoConsultation } from './demo/demoConsultation.ts';
export type { Domain, DomainCode } from './domains.ts';
export { DOMAINS, domainOf } from './domains.ts';
export { findOrganisation, normaliseOrganisationName } from './findOrganisation.ts';
export { fnv1a32 } from './fnv1a32.ts';
export type { Consultation, Indicator, Organisation, Source } from './model.ts';
export { organisationSchema, sourceSchema } from './model.ts';
export type { ProfileOutline } from './ProfileOutline.ts';
export type { Action } from './permissions.ts';
export { ACTION_LABELS, ACTIONS, actionsOf, can } from './permissions.ts';
export type { PresenceAwarenessData, PresenceIdentity, PresenceIdentityClaim } from './presenceIdentity.ts';
export {
  MAX_PERSON_NAME_LENGTH,
  presenceAwarenessData,
  readPresenceIdentity,
  stampPresenceIdentity,
} from './presenceIdentity.ts';
export type { RoomKind } from './rooms.ts';
export { draftRoomOf, meetingRoomOf, ROOM_KINDS, roomName, roomOf, threadsRoomOf } from './rooms.ts';
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
  ThreadMeta,
  ThreadRuleErrorCode,
} from './threads/index.ts';
export {
  anchorPositionSchema,
  authorSchema,
  clipQuote,
  commentRevisionSchema,
  commentSchema,
  deleteComment,
  editComment,
  filterThreads,
  MAX_BODY_LENGTH,
  MAX_QUOTE_LENGTH,
  openThread,
  reopenThread,
  replyToThread,
  requiresResponse,
  resolutionSchema,
  resolveThread,
  ThreadRuleError,
  threadAnchorSchema,
  threadEventSchema,
  threadFilterSchema,
  threadMetaSchema,
  threadSchema,
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
  SourceKind,
  ThreadStatus,
  ThreadType,
} from './vocabulary.ts';
export {
  ANSWER_LABELS,
  ANSWERS,
  CONSULTATION_LEVELS,
  CONSULTATION_STATUS_LABELS,
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
  SOURCE_KINDS,
  THREAD_STATUSES,
  THREAD_TYPE_LABELS,
  THREAD_TYPES,
} from './vocabulary.ts';
