import {
  ATTENDANCE_MODE_KEYS,
  FORMAT_LOCALES,
  INDICATOR_STATUS_KEYS,
  type Language,
  OUTCOME_KEYS,
  ROLE_KEYS,
  THREAD_TYPE_KEYS,
  type Translate,
} from '@roundtable/i18n';
import type { Thread } from '@roundtable/profile';
import { attendanceReport, type OrganisationRef } from './attendanceReport.ts';
import { currentStatusDecision } from './decisionRules.ts';
import { describeDecision } from './describeDecision.ts';
import type { MeetingOutline } from './MeetingOutline.ts';
import type { AttendanceEntry, Lock, MeetingState } from './MeetingState.ts';
import { targetKey } from './MeetingTarget.ts';
import { markdownInline as md } from './markdownInline.ts';
import { meetingProgress } from './meetingProgress.ts';
import { meetingTranslator } from './meetingTranslator.ts';
import { inSentence } from './targetName.ts';

/** What the minutes are made of. */
export interface MinutesInput {
  consultation: { title: string; country: string };
  /** When the minutes are generated (ISO 8601). */
  generatedAt: string;
  outline: MeetingOutline;
  meeting: MeetingState;
  threads: readonly Thread[];
  /** Organisations expected at the meeting (the consultation's and its invitations'). */
  invited: readonly OrganisationRef[];
  /** The language the minutes are written in: the consultation's. */
  language: Language;
  /**
   * The consultation's time zone (IANA name, `timeZoneOf`): every date and
   * time in the minutes is read on its clocks, and the zone is named where
   * times are given. A RangeError when unknown.
   */
  timeZone: string;
}

/** A section's writing tools: the input, its language's translator, and lower-casing for mid-sentence labels. */
interface Writer {
  input: MinutesInput;
  t: Translate;
  lower: (key: string) => string;
  /** `14:05`: an ISO 8601 instant's hour and minute on the consultation's clocks. */
  clock: (iso: string) => string;
  /** When something happened in the meeting: {@link clock}, with the day (`27 Nov 23:50`) if the meeting ran over several. */
  at: (iso: string) => string;
  /** `27 November 2026` in the minutes' language, on the consultation's clocks. */
  longDate: (iso: string) => string;
}

/** Longest part of a comment quoted in the minutes. */
const REMARK_LENGTH = 160;

/**
 * Draft minutes of the meeting as Markdown, for the facilitators to check
 * and circulate: the date, attendance by organisation (and the invited
 * organisations that did not come), progress, then for every indicator of
 * the draft, domain by domain, its status, the statement of the decision it
 * stands on, whether it is locked, and the outcome of each of its threads,
 * and finally the decision log. Dates and times are on the consultation's
 * clocks (`input.timeZone`), which the minutes name. Everything people typed is
 * escaped (see `markdownInline`). Written in `input.language`, the consultation's
 * language: headings, sentences and vocabulary from the `minutes` catalogue,
 * dates in its long form, names in its alphabetical order. Pure.
 */
export function meetingMinutes(input: MinutesInput): string {
  const t = meetingTranslator(input.language);
  const { timeZone } = input;
  const clock = clockIn(timeZone);
  const dayOf = (iso: string) => longDate(iso, input.language, timeZone);
  const days = meetingDays(input, dayOf);
  const shortDay = shortDayIn(input.language, timeZone);
  const w: Writer = {
    input,
    t,
    lower: (key) => inSentence(t(key), input.language),
    clock,
    // A meeting that ran over more than one day there gives each time its day: 23:50 and then 00:05 would mislead.
    at: days.first === days.last ? clock : (iso) => `${shortDay(iso)} ${clock(iso)}`,
    longDate: dayOf,
  };
  const generatedAt = input.generatedAt;
  const lines: string[] = [
    `# ${t('minutes.title', { title: md(input.consultation.title) })}`,
    '',
    t('minutes.intro', { country: md(input.consultation.country) }),
    '',
    `- ${t('minutes.date', { dates: days.first === days.last ? days.first : t('minutes.dateRange', days) })}`,
    `- ${t('minutes.generated', { date: w.longDate(generatedAt), time: w.clock(generatedAt), timeZone })}`,
    '',
    ...attendanceSection(w),
    ...progressSection(w),
    ...indicatorsSection(w),
    ...decisionLogSection(w),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function attendanceSection(w: Writer): string[] {
  const { t, input } = w;
  const report = attendanceReport(input.meeting.attendance, input.invited, 'day', input.language);
  const lines = [`## ${t('minutes.attendance.heading')}`, ''];
  const counted = report.organisations.filter((o) => o.attending > 0);
  const tally = {
    people: report.attending,
    organisations: counted.length,
    inRoom: report.inRoom,
    remote: report.remote,
  };
  lines.push(
    report.undeclared > 0
      ? t('minutes.attendance.summaryUndeclared', { ...tally, undeclared: report.undeclared })
      : t('minutes.attendance.summary', tally),
    '',
  );
  for (const group of counted) {
    lines.push(`### ${md(group.organisation.name)}`, '');
    for (const entry of group.people) if (entry.joinedAt !== null) lines.push(`- ${attendee(w, entry)}`);
    lines.push('');
  }
  lines.push(
    report.absent.length === 0
      ? t('minutes.attendance.allAttended')
      : t('minutes.attendance.absent', { organisations: report.absent.map((o) => md(o.name)).join('; ') }),
    '',
  );
  return lines;
}

function attendee({ t, lower, at }: Writer, entry: AttendanceEntry): string {
  const mode = entry.mode === null ? t('minutes.attendance.modeNotStated') : lower(ATTENDANCE_MODE_KEYS[entry.mode]);
  // Still here when the minutes were made (leftAt is null while present): "09:00–present", not a guessed end.
  const until = entry.present || entry.leftAt === null ? t('minutes.attendance.untilNow') : at(entry.leftAt);
  const from = entry.joinedAt === null ? '?' : at(entry.joinedAt);
  return `${md(entry.person.name)}, ${lower(ROLE_KEYS[entry.person.role])}, ${mode}, ${from}–${until}`;
}

function progressSection({ t, input }: Writer): string[] {
  const progress = meetingProgress(input.outline);
  const b = progress.byStatus;
  const lines = [
    `## ${t('minutes.progress.heading')}`,
    '',
    t('minutes.progress.summary', {
      discussed: progress.discussed,
      total: progress.total,
      agreed: b.agreed,
      agreedWithChanges: b['agreed-with-changes'],
      contested: b.contested,
      deferred: b.deferred,
      underDiscussion: b['under-discussion'],
      notDiscussed: b['not-discussed'],
    }),
    '',
  ];
  if (progress.domains.length === 0) return lines;
  const columns = [
    t('minutes.progress.column.domain'),
    t('minutes.progress.column.discussed'),
    t(INDICATOR_STATUS_KEYS.agreed),
    t(INDICATOR_STATUS_KEYS['agreed-with-changes']),
    t(INDICATOR_STATUS_KEYS.contested),
    t(INDICATOR_STATUS_KEYS.deferred),
  ];
  lines.push(`| ${columns.join(' | ')} |`, `|${' --- |'.repeat(columns.length)}`);
  for (const d of progress.domains) {
    const s = d.byStatus;
    const discussed = t('minutes.progress.domainCount', { discussed: d.discussed, total: d.total });
    lines.push(
      `| ${d.code}. ${md(d.title)} | ${discussed} | ${s.agreed} | ${s['agreed-with-changes']} | ${s.contested} | ${s.deferred} |`,
    );
  }
  lines.push('');
  return lines;
}

function indicatorsSection(w: Writer): string[] {
  const { t, input } = w;
  const { outline, meeting, threads } = input;
  const lines = [`## ${t('minutes.indicators.heading')}`, ''];
  const locked = (target: Lock['target']) => meeting.locks.some((l) => targetKey(l.target) === targetKey(target));
  for (const domain of outline.domains) {
    lines.push(`### ${t('minutes.target.domain', { code: domain.code, title: md(domain.title) })}`, '');
    const domainLocked = locked({ kind: 'domain', domain: domain.code });
    if (domainLocked) lines.push(t('minutes.indicators.domainLocked'), '');
    const quiet: string[] = [];
    for (const indicator of domain.indicators) {
      const own = threads.filter((th) => th.indicatorId === indicator.id);
      const decision = currentStatusDecision(meeting.decisions, indicator.id);
      const lockedAlone = locked({ kind: 'indicator', indicatorId: indicator.id });
      if (indicator.status === 'not-discussed' && own.length === 0 && !decision?.statement && !lockedAlone) {
        quiet.push(`${indicator.id} ${md(indicator.title)}`);
        continue;
      }
      lines.push(`#### ${indicator.id} ${md(indicator.title)}`, '');
      const lockNote = lockedAlone || domainLocked ? ` ${t('minutes.indicators.locked')}` : '';
      lines.push(
        `- ${t('minutes.indicators.status', { status: `**${t(INDICATOR_STATUS_KEYS[indicator.status])}**` })}${lockNote}`,
      );
      if (decision?.statement)
        lines.push(`- ${t('minutes.indicators.decision', { statement: md(decision.statement.text) })}`);
      for (const thread of own) lines.push(`- ${threadOutcome(w, thread)}`);
      lines.push('');
    }
    if (quiet.length > 0) lines.push(t('minutes.indicators.quiet', { indicators: quiet.join('; ') }), '');
  }
  return lines;
}

function threadOutcome({ t }: Writer, thread: Thread): string {
  const opening = thread.comments[0];
  const text = opening === undefined || opening.deletedAt ? t('minutes.thread.deleted') : clip(opening.body);
  const head = t('minutes.thread.opening', {
    type: t(THREAD_TYPE_KEYS[thread.type]),
    author: md(thread.author.name),
    organisation: md(thread.author.organisation),
    text: md(text),
  });
  const resolution = thread.resolution;
  if (thread.status !== 'resolved' || resolution === undefined) return `${head} ${t('minutes.thread.open')}`;
  const response = resolution.response === '' ? '' : ` ${md(resolution.response)}`;
  const applied = resolution.appliedProposal ? ` ${t('minutes.thread.proposalApplied')}` : '';
  return `${head} **${t(OUTCOME_KEYS[resolution.outcome])}**.${response}${applied}`;
}

function decisionLogSection({ t, input, at }: Writer): string[] {
  const { meeting, outline, language } = input;
  const heading = `## ${t('minutes.log.heading')}`;
  if (meeting.decisions.length === 0) return [heading, '', t('minutes.log.none'), ''];
  const columns = [
    t('minutes.log.column.time', { timeZone: input.timeZone }),
    t('minutes.log.column.by'),
    t('minutes.log.column.decision'),
    t('minutes.log.column.statement'),
  ];
  const lines = [heading, '', `| ${columns.join(' | ')} |`, `|${' --- |'.repeat(columns.length)}`];
  for (const d of meeting.decisions) {
    const by = `${md(d.by.name)} (${md(d.by.organisation)})`;
    const what = md(describeDecision(d, outline, t, language));
    lines.push(`| ${at(d.at)} | ${by} | ${what} | ${md(d.statement?.text ?? '')} |`);
  }
  lines.push('');
  return lines;
}

/**
 * The first and last days the meeting ran (arrivals, departures, decisions),
 * as `dayOf` writes them; the generation day when it has no records.
 */
function meetingDays(input: MinutesInput, dayOf: (iso: string) => string): { first: string; last: string } {
  const { meeting, generatedAt } = input;
  const times = [
    ...meeting.attendance.flatMap((a) => [a.joinedAt, a.leftAt].filter((at): at is string => at !== null)),
    ...meeting.decisions.map((d) => d.at),
  ].sort();
  return { first: dayOf(times[0] ?? generatedAt), last: dayOf(times.at(-1) ?? generatedAt) };
}

/** `(iso) => '27 Nov'`, `'27 noy'`, `'27 нояб.'`: the day and short month in `timeZone`. */
function shortDayIn(language: Language, timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(FORMAT_LOCALES[language], { timeZone, day: 'numeric', month: 'short' });
  return (iso) => format.format(new Date(iso));
}

/** `27 November 2026`, `27 noyabr 2026`, `27 ноября 2026 г.`, the day it was in `timeZone`. */
function longDate(iso: string, language: Language, timeZone: string): string {
  return new Date(iso).toLocaleDateString(FORMAT_LOCALES[language], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** `(iso) => '14:05'`: hour and minute, 24-hour, on `timeZone`'s clocks; a RangeError for an unknown zone. */
function clockIn(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return (iso) => format.format(new Date(iso));
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > REMARK_LENGTH ? `${line.slice(0, REMARK_LENGTH - 1)}…` : line;
}
