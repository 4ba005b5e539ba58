/**
 * The link a person opens to join. The token travels in the fragment, so it
 * never reaches server logs, proxies or `Referer` headers; the join page posts
 * it to `POST /api/join`.
 */
export function invitationLink(publicBase: string, token: string): string {
  return `${publicBase.replace(/\/+$/, '')}/join#token=${token}`;
}
