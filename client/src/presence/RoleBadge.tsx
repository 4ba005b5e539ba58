import { ROLE_KEYS } from '@roundtable/i18n';
import { ROLES, type Role } from '@roundtable/profile';
import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Facilitator, participant, commenter or observer, in the role's colour. */
export function RoleBadge({ role }: { role: string | null }): JSX.Element | null {
  const t = useT();
  if (!isRole(role)) return null;
  return <span className={`rt-role rt-role--${role}`}>{t(ROLE_KEYS[role])}</span>;
}
