import { type Action, can } from '@roundtable/profile';
import type { Principal } from './Principal.ts';

/**
 * Whether `principal` may perform `action` in consultation `consultationId`.
 * The operator may do everything; a member only in their own consultation,
 * and only what their role allows.
 */
export function allows(principal: Principal, consultationId: string, action: Action): boolean {
  if (principal.kind === 'admin') return true;
  return principal.invitation.consultationId === consultationId && can(principal.invitation.role, action);
}
