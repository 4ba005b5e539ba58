import type { Role } from './vocabulary.ts';

/**
 * What a person may do in a consultation. The server enforces these; the
 * client reads the same table only to hide what would be refused anyway.
 */
export const ACTIONS = [
  'read',
  'edit',
  'edit-fields',
  'comment',
  'resolve',
  'run-meeting',
  'invite',
  'export',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<Action, string> = {
  read: 'Follow the draft live',
  edit: 'Edit the draft',
  'edit-fields': "Change an indicator's answer, kind and sources",
  comment: 'Comment',
  resolve: 'Resolve comments',
  'run-meeting': 'Run the meeting',
  invite: 'Invite and revoke people',
  export: 'Export',
};

// The one table. A role not listed for an action may not do it.
const GRANTS: Record<Role, readonly Action[]> = {
  facilitator: ACTIONS,
  participant: ['read', 'edit', 'comment'],
  commenter: ['read', 'comment'],
  observer: ['read'],
};

/**
 * Whether `role` may perform `action`.
 *
 * @example
 * can('commenter', 'edit'); // false
 * can('facilitator', 'invite'); // true
 */
export function can(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}

/** Every action `role` may perform, in {@link ACTIONS} order. */
export function actionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => can(role, action));
}
