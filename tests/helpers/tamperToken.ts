/**
 * Test support: `token` (a compact JWT) with its claims edited and its header
 * and signature kept, as someone would raise their role by hand.
 *
 * @example
 * tamperToken(observerToken, (claims) => { claims.role = 'facilitator'; });
 */
export function tamperToken(token: string, edit: (claims: Record<string, unknown>) => void): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  edit(claims);
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}
