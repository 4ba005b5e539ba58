import type { Thread } from '@roundtable/profile';
import { INDICATOR_STATUS_LABELS, OUTCOME_LABELS, ROLE_LABELS, THREAD_TYPE_LABELS } from '@roundtable/profile';
import { attendanceReport, type OrganisationRef } from './attendanceReport.ts';
import { currentStatusDecision } from './decisionRules.ts';
import { describeDecision } from './describeDecision.ts';
import type { MeetingOutline } from './MeetingOutline.ts';
import type { AttendanceEntry, Lock, MeetingState } from './MeetingState.ts';
import { ATTENDANCE_MODE_LABELS } from './MeetingState.ts';
import { targetKey } from './MeetingTarget.ts';
import { markdownInline as md } from './markdownInline.ts';
import { DISCUSSED_STATUSES, meetingProgress } from './meetingProgress.ts';

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
}

/** Longest part of a comment quoted in the minutes. */
const REMARK_LENGTH = 160;

/**
 * Draft minutes of the meeting as Markdown, for the facilitators to check
 * and circulate: the date, attendance by organisation (and the invited
 * organisations that did not come), progress, then for every indicator of
 * the draft, domain by domain, its status, the statement of the decision it
 * stands on, whether it is locked, and the outcome of each of its threads,
 * and finally the decision log. Times are UTC. Everything people typed is
 * escaped (see `markdownInline`). Pure.
 */
export function meetingMinutes(input: MinutesInput): string {
  const lines: string[] = [
    `# Draft minutes: ${md(input.consultation.title)}`,
    '',
    `Inter-ministerial consultation meeting on the draft Migration Governance Profile of ${md(input.consultation.country)}.`,
    '',
    `- Date: ${meetingDates(input)}`,
    `- Generated: ${longDate(input.generatedAt)} at ${clock(input.generatedAt)} UTC, from the live meeting; to be checked by the facilitators.`,
    '',
    ...attendanceSection(input),
    ...progressSection(input.outline),
    ...indicatorsSection(input),
    ...decisionLogSection(input),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function attendanceSection({ meeting, invited }: MinutesInput): string[] {
  const report = attendanceReport(meeting.attendance, invited, 'day');
  const lines = ['## Attendance', ''];
  const counted = report.organisations.filter((o) => o.attending > 0);
  lines.push(
    `${plural(report.attending, 'person', 'people')} from ${plural(counted.length, 'organisation')} attended: ` +
      `${report.inRoom} in the room, ${report.remote} remote${report.undeclared > 0 ? `, ${report.undeclared} not stated` : ''}.`,
    '',
  );
  for (const group of counted) {
    lines.push(`### ${md(group.organisation.name)}`, '');
    for (const entry of group.people) if (entry.joinedAt !== null) lines.push(`- ${attendee(entry)}`);
    lines.push('');
  }
  lines.push(
    report.absent.length === 0
      ? 'Every invited organisation attended.'
      : `Invited but absent: ${report.absent.map((o) => md(o.name)).join('; ')}.`,
    '',
  );
  return lines;
}

function attendee(entry: AttendanceEntry): string {
  const mode = entry.mode === null ? 'mode not stated' : ATTENDANCE_MODE_LABELS[entry.mode].toLowerCase();
  const until = entry.present || entry.leftAt === null ? 'end' : clock(entry.leftAt);
  const from = entry.joinedAt === null ? '?' : clock(entry.joinedAt);
  return `${md(entry.person.name)}, ${ROLE_LABELS[entry.person.role].toLowerCase()}, ${mode}, ${from}–${until}`;
}

function progressSection(outline: MeetingOutline): string[] {
  const progress = meetingProgress(outline);
  const parts = DISCUSSED_STATUSES.map((s) => `${progress.byStatus[s]} ${INDICATOR_STATUS_LABELS[s].toLowerCase()}`);
  const lines = [
    '## Progress',
    '',
    `${progress.discussed} of ${plural(progress.total, 'indicator')} discussed: ${parts.join(', ')}; ` +
      `${progress.byStatus['under-discussion']} under discussion, ${progress.byStatus['not-discussed']} not discussed.`,
    '',
  ];
  if (progress.domains.length === 0) return lines;
  lines.push(
    '| Domain | Discussed | Agreed | Agreed with changes | Contested | Deferred |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const d of progress.domains) {
    const b = d.byStatus;
    lines.push(
      `| ${d.code}. ${md(d.title)} | ${d.discussed} of ${d.total} | ${b.agreed} | ${b['agreed-with-changes']} | ${b.contested} | ${b.deferred} |`,
    );
  }
  lines.push('');
  return lines;
}

function indicatorsSection({ outline, meeting, threads }: MinutesInput): string[] {
  const lines = ['## Indicators', ''];
  const locked = (target: Lock['target']) => meeting.locks.some((l) => targetKey(l.target) === targetKey(target));
  for (const domain of outline.domains) {
    lines.push(`### Domain ${domain.code}: ${md(domain.title)}`, '');
    const domainLocked = locked({ kind: 'domain', domain: domain.code });
    if (domainLocked) lines.push('The whole domain is locked.', '');
    const quiet: string[] = [];
    for (const indicator of domain.indicators) {
      const own = threads.filter((t) => t.indicatorId === indicator.id);
      const decision = currentStatusDecision(meeting.decisions, indicator.id);
      const lockedAlone = locked({ kind: 'indicator', indicatorId: indicator.id });
      if (indicator.status === 'not-discussed' && own.length === 0 && !decision?.statement && !lockedAlone) {
        quiet.push(`${indicator.id} ${md(indicator.title)}`);
        continue;
      }
      lines.push(`#### ${indicator.id} ${md(indicator.title)}`, '');
      const lockNote = lockedAlone || domainLocked ? ' (locked)' : '';
      lines.push(`- Status: **${INDICATOR_STATUS_LABELS[indicator.status]}**${lockNote}`);
      if (decision?.statement) lines.push(`- Decision: ${md(decision.statement.text)}`);
      for (const thread of own) lines.push(`- ${threadOutcome(thread)}`);
      lines.push('');
    }
    if (quiet.length > 0) lines.push(`Not discussed, no comments: ${quiet.join('; ')}.`, '');
  }
  return lines;
}

function threadOutcome(thread: Thread): string {
  const opening = thread.comments[0];
  const text = opening === undefined || opening.deletedAt ? '(deleted)' : clip(opening.body);
  const head = `${THREAD_TYPE_LABELS[thread.type]} from ${md(thread.author.name)} (${md(thread.author.organisation)}): “${md(text)}”`;
  const resolution = thread.resolution;
  if (thread.status !== 'resolved' || resolution === undefined) return `${head} Open.`;
  const response = resolution.response === '' ? '' : ` ${md(resolution.response)}`;
  const applied = resolution.appliedProposal ? ' Proposed wording applied.' : '';
  return `${head} **${OUTCOME_LABELS[resolution.outcome]}**.${response}${applied}`;
}

function decisionLogSection({ meeting, outline }: MinutesInput): string[] {
  if (meeting.decisions.length === 0) return ['## Decision log', '', 'No decisions were recorded.', ''];
  const lines = ['## Decision log', '', '| Time (UTC) | By | Decision | Statement |', '| --- | --- | --- | --- |'];
  for (const d of meeting.decisions) {
    const by = `${md(d.by.name)} (${md(d.by.organisation)})`;
    lines.push(`| ${clock(d.at)} | ${by} | ${md(describeDecision(d, outline))} | ${md(d.statement?.text ?? '')} |`);
  }
  lines.push('');
  return lines;
}

/** The day (or first and last days) the meeting ran, from its records; the generation date when it has none. */
function meetingDates({ meeting, generatedAt }: MinutesInput): string {
  const times = [
    ...meeting.attendance.flatMap((a) => (a.joinedAt === null ? [] : [a.joinedAt])),
    ...meeting.decisions.map((d) => d.at),
  ].sort();
  const first = longDate(times[0] ?? generatedAt);
  const last = longDate(times.at(-1) ?? generatedAt);
  return first === last ? first : `${first} to ${last}`;
}

function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

function clock(iso: string): string {
  return new Date(iso).toISOString().slice(11, 16);
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > REMARK_LENGTH ? `${line.slice(0, REMARK_LENGTH - 1)}…` : line;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
