/**
 * Closed vocabularies of the Migration Governance Indicators consultation.
 * Each list is the single source of the values that travel on the wire and
 * the labels people read; validators and UIs derive from these arrays.
 */

export const ANSWERS = ['yes', 'partial', 'no', 'not-applicable'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = {
  yes: 'Yes',
  partial: 'Partially',
  no: 'No',
  'not-applicable': 'Not applicable',
};

export const FINDING_KINDS = ['well-developed', 'potential-for-development'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  'well-developed': 'Well-developed area',
  'potential-for-development': 'Potential for further development',
};

export const INDICATOR_STATUSES = [
  'not-discussed',
  'under-discussion',
  'agreed',
  'agreed-with-changes',
  'contested',
  'deferred',
] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  'not-discussed': 'Not discussed',
  'under-discussion': 'Under discussion',
  agreed: 'Agreed',
  'agreed-with-changes': 'Agreed with changes',
  contested: 'Contested',
  deferred: 'Deferred',
};

export const CONSULTATION_STATUSES = ['draft', 'in-consultation', 'validated', 'published'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  draft: 'Draft',
  'in-consultation': 'In consultation',
  validated: 'Validated',
  published: 'Published',
};

export const CONSULTATION_LEVELS = ['national', 'local'] as const;
export type ConsultationLevel = (typeof CONSULTATION_LEVELS)[number];

export const ORGANISATION_KINDS = [
  'ministry',
  'state-agency',
  'parliament',
  'ngo',
  'academia',
  'international-organisation',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  ministry: 'Ministry',
  'state-agency': 'State agency or committee',
  parliament: 'Parliament',
  ngo: 'NGO',
  academia: 'Academia',
  'international-organisation': 'International organisation',
};

export const SOURCE_KINDS = ['law', 'decree', 'strategy', 'report', 'agreement', 'website', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  law: 'Law',
  decree: 'Decree',
  strategy: 'Strategy',
  report: 'Report',
  agreement: 'Agreement',
  website: 'Website',
  other: 'Other',
};

export const ROLES = ['facilitator', 'participant', 'commenter', 'observer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  commenter: 'Commenter',
  observer: 'Observer',
};

export const THREAD_TYPES = [
  'factual-correction',
  'update',
  'missing-source',
  'disagreement',
  'editorial',
  'question',
] as const;
export type ThreadType = (typeof THREAD_TYPES)[number];
export const THREAD_TYPE_LABELS: Record<ThreadType, string> = {
  'factual-correction': 'Factual correction',
  update: 'Update',
  'missing-source': 'Missing source',
  disagreement: 'Disagreement',
  editorial: 'Editorial',
  question: 'Question',
};

export const OUTCOMES = ['accepted', 'accepted-with-changes', 'not-accepted', 'noted', 'deferred'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  accepted: 'Accepted',
  'accepted-with-changes': 'Accepted with changes',
  'not-accepted': 'Not accepted',
  noted: 'Noted',
  deferred: 'Deferred',
};

export const THREAD_STATUSES = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
