import { ANSWER_LABELS, FINDING_KIND_LABELS, INDICATOR_STATUS_LABELS, type IndicatorChange } from '@roundtable/profile';
import type { JSX } from 'react';
import { WordDiff } from './WordDiff.tsx';

interface IndicatorChangeCardProps {
  change: IndicatorChange;
  /** Offered to facilitators when the older side is a saved version: write this indicator back from it. */
  onRestore?: (() => void) | undefined;
}

/** One indicator that differs between two versions: its finding as a word diff, changed fields, comments added or removed. */
export function IndicatorChangeCard({ change, onRestore }: IndicatorChangeCardProps): JSX.Element {
  return (
    <article className="rt-change" data-indicator={change.indicatorId}>
      <header className="rt-change__header">
        <strong>
          {change.indicatorId} {change.title}
        </strong>
        {change.change !== 'changed' && <span className="rt-tag">{change.change}</span>}
        {change.changedBy.length > 0 && (
          <span className="rt-change__by">
            text added by{' '}
            {change.changedBy.map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name)).join(', ')}
          </span>
        )}
        {onRestore !== undefined && (
          <button type="button" className="rt-button rt-button--small" onClick={onRestore}>
            Restore this indicator
          </button>
        )}
      </header>
      {change.fields.length > 0 && (
        <ul className="rt-change__fields">
          {change.fields.map((f) => (
            <li key={f.field}>
              {f.field}: <del>{fieldValue(f.field, f.from)}</del> → <ins>{fieldValue(f.field, f.to)}</ins>
            </li>
          ))}
        </ul>
      )}
      {change.finding !== null && <WordDiff parts={change.finding} />}
      {change.comments.added.map((c) => (
        <p key={`+${c.commentId}`} className="rt-change__comment">
          <ins>
            New comment by {c.author} ({c.organisation}): {c.body}
          </ins>
        </p>
      ))}
      {change.comments.removed.map((c) => (
        <p key={`-${c.commentId}`} className="rt-change__comment">
          <del>
            Comment by {c.author} ({c.organisation}): {c.body}
          </del>
        </p>
      ))}
    </article>
  );
}

function fieldValue(field: string, value: unknown): string {
  if (field === 'answer' && typeof value === 'string')
    return ANSWER_LABELS[value as keyof typeof ANSWER_LABELS] ?? value;
  if (field === 'kind' && typeof value === 'string')
    return FINDING_KIND_LABELS[value as keyof typeof FINDING_KIND_LABELS] ?? value;
  if (field === 'status' && typeof value === 'string')
    return INDICATOR_STATUS_LABELS[value as keyof typeof INDICATOR_STATUS_LABELS] ?? value;
  if (Array.isArray(value)) return value.map((s) => (s as { title?: string }).title ?? '').join('; ') || 'none';
  return String(value);
}
