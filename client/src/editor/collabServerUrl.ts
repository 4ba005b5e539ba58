/**
 * The websocket endpoint of the collaboration server, on the page's own
 * origin: `ws(s)://<host>/collab`; the provider appends `/<room>`.
 */
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}
