import { can } from '@roundtable/profile';
import type { DraftPolicyContext, DraftWriter } from './DraftWriter.ts';
import { type AttributeRule, SECTIONS } from './draftSchema.ts';
import type { Refusal } from './Refusal.ts';

/** What part of the draft a change falls in. */
export type Zone =
  /** The root's own sequence: adding, removing or moving top-level blocks. */
  | { kind: 'root' }
  /** Inside (or on) indicator block `indicatorId`. */
  | { kind: 'finding'; indicatorId: string }
  /** Inside a top-level content block that follows the heading of section `section` (null: no section). */
  | { kind: 'section'; section: string | null }
  /** Inside a heading (a decorator node, which holds no content). */
  | { kind: 'heading' };

const FIELD_NAMES: Readonly<Record<string, string>> = {
  __indicatorId: 'the id',
  __title: 'the title',
  __question: 'the question',
  __status: 'the status',
  __answer: 'the answer',
  __kind: 'the kind of finding',
  __sources: 'the sources',
};

/** `the status of indicator 1.2`, `__style of indicator 1.2`, or `__format of a paragraph`. */
export function describeField(key: string, nodeType: string, indicatorId: string | null): string {
  if (nodeType === 'indicator') return `${FIELD_NAMES[key] ?? key} of indicator ${indicatorId ?? '?'}`;
  return `${key} of a ${nodeType}`;
}

function sectionName(section: string | null): string {
  return section === null ? 'text outside the profile’s sections' : `the section “${section}”`;
}

/**
 * Whether `writer` may change content in `zone` (text, formatting, paragraphs):
 * findings and editable sections are open to roles that edit, unless the
 * indicator is locked or the draft closed; standard sections to nobody.
 * Returns the refusal, or null when allowed. The server may change anything.
 */
export function mayEditContent(writer: DraftWriter, zone: Zone, context: DraftPolicyContext): Refusal | null {
  if (writer.kind === 'server') return null;
  if (zone.kind === 'root')
    return { code: 'structure', message: 'the profile’s structure is changed by the server only' };
  if (zone.kind === 'heading') return { code: 'structure', message: 'headings are changed by the server only' };
  if (!can(writer.role, 'edit')) return { code: 'read-only', message: `a ${writer.role} may not edit the draft` };
  if (context.closed) return { code: 'closed', message: context.closed };
  if (zone.kind === 'finding') {
    const lock = context.lockOf?.(zone.indicatorId) ?? null;
    if (lock !== null) return { code: 'locked', message: lock, indicatorId: zone.indicatorId };
    return null;
  }
  if (zone.section !== null && SECTIONS[zone.section]?.editable) return null;
  return { code: 'read-only', message: `${sectionName(zone.section)} is standard text and read-only` };
}

/**
 * Whether `writer` may set attribute `key` (governed by `rule`) of a
 * `nodeType` node in `zone`: server-owned fields never, facilitator-owned ones by
 * roles with `edit-fields`, editor-owned ones like content.
 */
export function maySetAttribute(
  writer: DraftWriter,
  rule: AttributeRule,
  zone: Zone,
  key: string,
  nodeType: string,
  indicatorId: string | null,
  context: DraftPolicyContext,
): Refusal | null {
  if (writer.kind === 'server') return null;
  if (rule.owner === 'editor') return mayEditContent(writer, zone, context);
  const where = indicatorId === null ? {} : { indicatorId };
  const field = describeField(key, nodeType, indicatorId);
  if (rule.owner === 'server') {
    const how = field.startsWith('the status')
      ? 'is set by facilitators through the API'
      : 'is fixed: it changes through the server only';
    return { code: 'field', message: `${field} ${how}`, ...where };
  }
  if (rule.owner === 'facilitator' && !can(writer.role, 'edit-fields')) {
    return { code: 'field', message: `${field} is changed by facilitators only`, ...where };
  }
  if (rule.owner === 'facilitator') {
    if (context.closed) return { code: 'closed', message: context.closed };
    const lock = indicatorId === null ? null : (context.lockOf?.(indicatorId) ?? null);
    return lock === null ? null : { code: 'locked', message: lock, ...where };
  }
  return mayEditContent(writer, zone, context);
}
