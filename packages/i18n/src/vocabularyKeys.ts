import type {
  Action,
  Answer,
  ConsultationStatus,
  FindingKind,
  IndicatorStatus,
  OrganisationKind,
  Outcome,
  Role,
  SourceKind,
  ThreadStatus,
  ThreadType,
} from '@roundtable/profile';

/**
 * The catalogue key of each value of the closed vocabularies (`@roundtable/profile`
 * vocabulary.ts and permissions.ts), in the `vocabulary` namespace. Keys are
 * written out, not built, so the catalogue test can see that each is used.
 */

/** The key of the label of an answer. */
export const ANSWER_KEYS: Record<Answer, string> = {
  yes: 'vocabulary.answer.yes',
  partial: 'vocabulary.answer.partial',
  no: 'vocabulary.answer.no',
  'not-applicable': 'vocabulary.answer.not-applicable',
};

/** The key of the label of a finding kind. */
export const FINDING_KIND_KEYS: Record<FindingKind, string> = {
  'well-developed': 'vocabulary.findingKind.well-developed',
  'potential-for-development': 'vocabulary.findingKind.potential-for-development',
};

/** The key of the label of an indicator's status. */
export const INDICATOR_STATUS_KEYS: Record<IndicatorStatus, string> = {
  'not-discussed': 'vocabulary.indicatorStatus.not-discussed',
  'under-discussion': 'vocabulary.indicatorStatus.under-discussion',
  agreed: 'vocabulary.indicatorStatus.agreed',
  'agreed-with-changes': 'vocabulary.indicatorStatus.agreed-with-changes',
  contested: 'vocabulary.indicatorStatus.contested',
  deferred: 'vocabulary.indicatorStatus.deferred',
};

/** The key of the label of a consultation's status. */
export const CONSULTATION_STATUS_KEYS: Record<ConsultationStatus, string> = {
  draft: 'vocabulary.consultationStatus.draft',
  'in-consultation': 'vocabulary.consultationStatus.in-consultation',
  validated: 'vocabulary.consultationStatus.validated',
  published: 'vocabulary.consultationStatus.published',
};

/** The key of the label of a kind of organisation. */
export const ORGANISATION_KIND_KEYS: Record<OrganisationKind, string> = {
  ministry: 'vocabulary.organisationKind.ministry',
  'state-agency': 'vocabulary.organisationKind.state-agency',
  parliament: 'vocabulary.organisationKind.parliament',
  ngo: 'vocabulary.organisationKind.ngo',
  academia: 'vocabulary.organisationKind.academia',
  'international-organisation': 'vocabulary.organisationKind.international-organisation',
};

/** The key of the label of a kind of source. */
export const SOURCE_KIND_KEYS: Record<SourceKind, string> = {
  law: 'vocabulary.sourceKind.law',
  decree: 'vocabulary.sourceKind.decree',
  strategy: 'vocabulary.sourceKind.strategy',
  report: 'vocabulary.sourceKind.report',
  agreement: 'vocabulary.sourceKind.agreement',
  website: 'vocabulary.sourceKind.website',
  other: 'vocabulary.sourceKind.other',
};

/** The key of the label of a role. */
export const ROLE_KEYS: Record<Role, string> = {
  facilitator: 'vocabulary.role.facilitator',
  participant: 'vocabulary.role.participant',
  commenter: 'vocabulary.role.commenter',
  observer: 'vocabulary.role.observer',
};

/** The key of the label of a kind of comment thread. */
export const THREAD_TYPE_KEYS: Record<ThreadType, string> = {
  'factual-correction': 'vocabulary.threadType.factual-correction',
  update: 'vocabulary.threadType.update',
  'missing-source': 'vocabulary.threadType.missing-source',
  disagreement: 'vocabulary.threadType.disagreement',
  editorial: 'vocabulary.threadType.editorial',
  question: 'vocabulary.threadType.question',
};

/** The key of the label of a thread's outcome. */
export const OUTCOME_KEYS: Record<Outcome, string> = {
  accepted: 'vocabulary.outcome.accepted',
  'accepted-with-changes': 'vocabulary.outcome.accepted-with-changes',
  'not-accepted': 'vocabulary.outcome.not-accepted',
  noted: 'vocabulary.outcome.noted',
  deferred: 'vocabulary.outcome.deferred',
};

/** The key of the label of a thread's state. */
export const THREAD_STATUS_KEYS: Record<ThreadStatus, string> = {
  open: 'vocabulary.threadStatus.open',
  resolved: 'vocabulary.threadStatus.resolved',
};

/** The key of the label of what a role may do. */
export const ACTION_KEYS: Record<Action, string> = {
  read: 'vocabulary.action.read',
  edit: 'vocabulary.action.edit',
  'edit-fields': 'vocabulary.action.edit-fields',
  comment: 'vocabulary.action.comment',
  resolve: 'vocabulary.action.resolve',
  'run-meeting': 'vocabulary.action.run-meeting',
  invite: 'vocabulary.action.invite',
  export: 'vocabulary.action.export',
};

/** The key of the label of how someone attends. */
export const ATTENDANCE_MODE_KEYS: Record<'in-room' | 'remote', string> = {
  'in-room': 'vocabulary.attendanceMode.in-room',
  remote: 'vocabulary.attendanceMode.remote',
};
