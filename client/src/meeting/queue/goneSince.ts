import type { AttendanceEntry } from '@roundtable/meeting';

/**
 * When the person left, as the meeting's attendance records it (an ISO
 * instant), or null while they are connected, or when the attendance does not
 * know them. The server records a departure only once they have been
 * connected nowhere for its grace period (`AttendanceTracker`), so a brief
 * reconnection is not one.
 */
export function goneSince(attendance: readonly AttendanceEntry[], personId: string): string | null {
  const entry = attendance.find((one) => one.person.personId === personId);
  return entry === undefined || entry.present ? null : entry.leftAt;
}
