import type { AttendanceEntry, AttendanceResponse } from '@roundtable/meeting';
import { useEffect, useState } from 'react';
import { fetchAttendance } from '../meetingApi.ts';

/**
 * Attendance by organisation with the invited organisations nobody attends
 * for, from the server (which knows the invitations); asked again whenever
 * the meeting room's attendance changes.
 */
export function useAttendanceReport(
  consultationId: string,
  entries: readonly AttendanceEntry[] | undefined,
): AttendanceResponse | null {
  const [report, setReport] = useState<AttendanceResponse | null>(null);
  useEffect(() => {
    if (entries === undefined) return;
    const controller = new AbortController();
    fetchAttendance(consultationId, controller.signal).then(setReport, () => undefined);
    return () => controller.abort();
  }, [consultationId, entries]);
  return report;
}
