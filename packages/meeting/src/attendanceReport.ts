import { compareText, DEFAULT_LANGUAGE, type Language } from '@roundtable/i18n';
import { z } from 'zod';
import { type AttendanceEntry, attendanceEntrySchema } from './MeetingState.ts';

/** An organisation as invitations name it: one of the consultation's (with its id) or a free name. */
export const organisationRefSchema = z.object({ id: z.string().nullable(), name: z.string() });
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

const tallySchema = z.object({
  /** People present (basis `now`) or who attended at all (basis `day`). */
  attending: z.number().int(),
  inRoom: z.number().int(),
  remote: z.number().int(),
  /** Attending without having said how. */
  undeclared: z.number().int(),
});

/**
 * Attendance grouped by organisation: every person who attended, present or
 * gone, under their organisation (organisations by name, people by name),
 * the tallies, and the invited organisations nobody attends for.
 */
export const attendanceReportSchema = tallySchema.extend({
  basis: z.enum(['now', 'day']),
  organisations: z.array(
    tallySchema.extend({ organisation: organisationRefSchema, people: z.array(attendanceEntrySchema) }),
  ),
  /** Invited organisations with nobody present (`now`) or nobody who came all day (`day`). */
  absent: z.array(organisationRefSchema),
});
export type AttendanceReport = z.infer<typeof attendanceReportSchema>;

type Tally = z.infer<typeof tallySchema>;

const keyOf = (o: OrganisationRef): string => (o.id === null ? `name:${o.name.toLowerCase()}` : `id:${o.id}`);

/**
 * Groups `entries` by organisation. With basis `now` (the live view) a
 * person counts while present; with `day` (the minutes) when they came at
 * all. `invited` lists the organisations expected (the consultation's and
 * those of its invitations); those nobody counts for are `absent`. Names
 * sort as readers of `language` expect (see {@link orderAttendance}).
 */
export function attendanceReport(
  entries: readonly AttendanceEntry[],
  invited: readonly OrganisationRef[],
  basis: 'now' | 'day' = 'now',
  language: Language = DEFAULT_LANGUAGE,
): AttendanceReport {
  const counts = (entry: AttendanceEntry) => (basis === 'now' ? entry.present : entry.joinedAt !== null);
  const groups = new Map<string, AttendanceReport['organisations'][number]>();
  const total: Tally = { attending: 0, inRoom: 0, remote: 0, undeclared: 0 };
  for (const entry of entries) {
    if (entry.joinedAt === null && !entry.present) continue;
    const organisation = { id: entry.person.organisationId, name: entry.person.organisation };
    const key = keyOf(organisation);
    let group = groups.get(key);
    if (group === undefined) {
      group = { organisation, people: [], attending: 0, inRoom: 0, remote: 0, undeclared: 0 };
      groups.set(key, group);
    }
    group.people.push(entry);
    if (!counts(entry)) continue;
    for (const tally of [group, total]) {
      tally.attending++;
      if (entry.mode === 'in-room') tally.inRoom++;
      else if (entry.mode === 'remote') tally.remote++;
      else tally.undeclared++;
    }
  }
  const absent = new Map<string, OrganisationRef>();
  for (const organisation of invited) {
    const key = keyOf(organisation);
    if ((groups.get(key)?.attending ?? 0) === 0 && !absent.has(key)) absent.set(key, organisation);
  }
  return orderAttendance(
    { basis, ...total, organisations: [...groups.values()], absent: [...absent.values()] },
    language,
  );
}

/**
 * `report` with its organisations, each organisation's people and the absent
 * organisations in the alphabetical order of `language` (`compareText`:
 * Azerbaijani puts Ş after S, Russian sorts Cyrillic), as the live view
 * shows it in the interface's language and the minutes in the consultation's.
 */
export function orderAttendance<R extends AttendanceReport>(report: R, language: Language): R {
  const compare = compareText(language);
  return {
    ...report,
    organisations: [...report.organisations]
      .map((group) => ({ ...group, people: [...group.people].sort((a, b) => compare(a.person.name, b.person.name)) }))
      .sort((a, b) => compare(a.organisation.name, b.organisation.name)),
    absent: [...report.absent].sort((a, b) => compare(a.name, b.name)),
  };
}
