export type { ApiErrorBody } from './apiErrorSchema.ts';
export { apiErrorSchema } from './apiErrorSchema.ts';
export type { ConsultationList, ConsultationSummary, NewConsultationRequest } from './consultationSchemas.ts';
export {
  consultationListSchema,
  consultationSummarySchema,
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
export type { JoinRequest, LogoutRequest, Me, Member, RenameRequest } from './meSchemas.ts';
export {
  joinRequestSchema,
  logoutRequestSchema,
  logoutResponseSchema,
  memberSchema,
  meSchema,
  renameRequestSchema,
} from './meSchemas.ts';
export { personNameSchema } from './personNameSchema.ts';
export type { CommentRequest, NewThreadRequest, ResolveRequest, ThreadList } from './threadSchemas.ts';
export {
  commentRequestSchema,
  newThreadRequestSchema,
  resolveRequestSchema,
  threadListSchema,
} from './threadSchemas.ts';
