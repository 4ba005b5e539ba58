import { ROLE_LABELS, ROLES, type Role } from '@roundtable/profile';
import type { JSX } from 'react';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Facilitator, participant, commenter or observer, in the role's colour. */
export function RoleBadge({ role }: { role: string | null }): JSX.Element | null {
  if (!isRole(role)) return null;
  return <span className={`rt-role rt-role--${role}`}>{ROLE_LABELS[role]}</span>;
}
