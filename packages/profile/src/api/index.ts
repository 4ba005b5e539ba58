export type { ApiErrorBody } from './apiErrorSchema.ts';
export { apiErrorSchema } from './apiErrorSchema.ts';
export type {
  ConsultationList,
  ConsultationSettingsRequest,
  ConsultationSummary,
  ImportResponse,
  NewConsultationRequest,
} from './consultationSchemas.ts';
export {
  consultationListSchema,
  consultationSettingsRequestSchema,
  consultationSummarySchema,
  importResponseSchema,
  newConsultationRequestSchema,
} from './consultationSchemas.ts';
export type {
  CreatedInvitation,
  InvitationStatus,
  InvitedOrganisation,
  InvitedPerson,
  NewInvitationRequest,
  PeopleList,
} from './invitationSchemas.ts';
export {
  createdInvitationSchema,
  INVITATION_STATUSES,
  invitedOrganisationSchema,
  invitedPersonSchema,
  MAX_INVITATION_HOURS,
  newInvitationRequestSchema,
  peopleListSchema,
} from './invitationSchemas.ts';
export type { LifecycleEntry, LifecycleRequest } from './lifecycleSchemas.ts';
export { lifecycleEntrySchema, lifecycleRequestSchema } from './lifecycleSchemas.ts';
export type { JoinRequest, LogoutRequest, Me, Member, RenameRequest } from './meSchemas.ts';
export {
  joinRequestSchema,
  logoutRequestSchema,
  logoutResponseSchema,
  memberSchema,
  meSchema,
  renameRequestSchema,
} from './meSchemas.ts';
export { personNameProblem } from './personNameProblem.ts';
export { personNameSchema } from './personNameSchema.ts';
export type { CommentRequest, NewThreadRequest, ResolveRequest, ThreadList } from './threadSchemas.ts';
export {
  commentRequestSchema,
  newThreadRequestSchema,
  resolveRequestSchema,
  threadListSchema,
} from './threadSchemas.ts';
export type {
  Actor,
  DiffPart,
  DraftContent,
  FieldName,
  IndicatorChange,
  IndicatorContent,
  RestoreRequest,
  RestoreResult,
  SaveVersionRequest,
  SectionContent,
  VersionComment,
  VersionComparison,
  VersionContent,
  VersionList,
  VersionMeta,
} from './versionSchemas.ts';
export {
  actorSchema,
  compareQuerySchema,
  diffPartSchema,
  draftContentSchema,
  FIELD_NAMES,
  indicatorChangeSchema,
  indicatorContentSchema,
  restoreRequestSchema,
  restoreResultSchema,
  saveVersionRequestSchema,
  sectionContentSchema,
  versionCommentSchema,
  versionComparisonSchema,
  versionContentSchema,
  versionListSchema,
  versionMetaSchema,
} from './versionSchemas.ts';
