import { type AttendanceEntry, type AttendanceResponse, orderAttendance } from '@roundtable/meeting';
import { useEffect, useMemo, useState } from 'react';
import { useLanguage } from '../../i18n/useI18n.ts';
import { fetchAttendance } from '../meetingApi.ts';

/**
 * Attendance by organisation with the invited organisations nobody attends
 * for, from the server (which knows the invitations); asked again whenever
 * the meeting room's attendance changes. Names are in the alphabetical order
 * of the interface's language.
 */
export function useAttendanceReport(
  consultationId: string,
  entries: readonly AttendanceEntry[] | undefined,
): AttendanceResponse | null {
  const { language } = useLanguage();
  const [report, setReport] = useState<AttendanceResponse | null>(null);
  useEffect(() => {
    if (entries === undefined) return;
    const controller = new AbortController();
    fetchAttendance(consultationId, controller.signal).then(setReport, () => undefined);
    return () => controller.abort();
  }, [consultationId, entries]);
  return useMemo(() => (report === null ? null : orderAttendance(report, language)), [report, language]);
}
