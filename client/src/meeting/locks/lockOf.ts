import type { Lock } from '@roundtable/meeting';
import { domainOf } from '@roundtable/profile';

/**
 * The lock that keeps indicator `indicatorId` from changing, from the
 * meeting's list of locks: its own, else its domain's (`2.4` is in domain 2);
 * null when it is open. The same rule as `lockFor` over the document, which
 * the server's write policy applies.
 */
export function lockOf(locks: readonly Lock[], indicatorId: string): Lock | null {
  const own = locks.find((l) => l.target.kind === 'indicator' && l.target.indicatorId === indicatorId);
  if (own !== undefined) return own;
  const domain = domainOf(indicatorId);
  return locks.find((l) => l.target.kind === 'domain' && l.target.domain === domain) ?? null;
}
