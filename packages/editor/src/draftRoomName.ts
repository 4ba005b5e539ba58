/** The Yjs room holding a consultation's draft, e.g. `demo:draft`. */
export function draftRoomName(consultationId: string): string {
  return `${consultationId}:draft`;
}
