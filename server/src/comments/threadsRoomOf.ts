/**
 * The room holding a consultation's comment threads. Only the server writes
 * it; clients follow it read-only to see threads live.
 */
export function threadsRoomOf(consultationId: string): string {
  return `${consultationId}:threads`;
}
