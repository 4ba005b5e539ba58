import { ANSWER_KEYS, FINDING_KIND_KEYS, INDICATOR_STATUS_KEYS } from '@roundtable/i18n';
import type { FieldName, IndicatorChange } from '@roundtable/profile';
import type { JSX } from 'react';
import { type T, useI18n, useT } from '../i18n/useI18n.ts';
import { WordDiff } from './WordDiff.tsx';

const CHANGE_KEYS: Record<IndicatorChange['change'], string> = {
  changed: 'versions.change.changed',
  added: 'versions.change.added',
  removed: 'versions.change.removed',
};

const FIELD_KEYS: Record<FieldName, string> = {
  title: 'versions.field.title',
  question: 'versions.field.question',
  answer: 'versions.field.answer',
  kind: 'versions.field.kind',
  status: 'versions.field.status',
  sources: 'versions.field.sources',
};

interface IndicatorChangeCardProps {
  change: IndicatorChange;
  /** Offered to facilitators when the older side is a saved version: write this indicator back from it. */
  onRestore?: (() => void) | undefined;
}

/** One indicator that differs between two versions: its finding as a word diff, changed fields, comments added or removed. */
export function IndicatorChangeCard({ change, onRestore }: IndicatorChangeCardProps): JSX.Element {
  const t = useT();
  const { intl } = useI18n();
  const authors = change.changedBy.map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name));
  return (
    <article className="rt-change" data-indicator={change.indicatorId}>
      <header className="rt-change__header">
        <strong>
          {change.indicatorId} {change.title}
        </strong>
        {change.change !== 'changed' && <span className="rt-tag">{t(CHANGE_KEYS[change.change])}</span>}
        {authors.length > 0 && (
          <span className="rt-change__by">
            {t('versions.change.textAddedBy', { names: intl.formatList(authors, { type: 'unit' }) })}
          </span>
        )}
        {onRestore !== undefined && (
          <button type="button" className="rt-button rt-button--small" onClick={onRestore}>
            {t('versions.change.restore')}
          </button>
        )}
      </header>
      {change.fields.length > 0 && (
        <ul className="rt-change__fields">
          {change.fields.map((f) => (
            <li key={f.field}>
              {t(FIELD_KEYS[f.field])}: <del>{fieldValue(t, f.field, f.from)}</del> →{' '}
              <ins>{fieldValue(t, f.field, f.to)}</ins>
            </li>
          ))}
        </ul>
      )}
      {change.finding !== null && <WordDiff parts={change.finding} />}
      {change.comments.added.map((c) => (
        <p key={`+${c.commentId}`} className="rt-change__comment">
          <ins>
            {t('versions.change.commentAdded', { author: c.author, organisation: c.organisation, body: c.body })}
          </ins>
        </p>
      ))}
      {change.comments.removed.map((c) => (
        <p key={`-${c.commentId}`} className="rt-change__comment">
          <del>
            {t('versions.change.commentRemoved', { author: c.author, organisation: c.organisation, body: c.body })}
          </del>
        </p>
      ))}
    </article>
  );
}

/** A field's value as people read it: vocabulary values by their label, sources by their titles. */
function fieldValue(t: T, field: FieldName, value: unknown): string {
  const label = (keys: Record<string, string>): string | undefined =>
    typeof value === 'string' && Object.hasOwn(keys, value) ? t(keys[value] as string) : undefined;
  const known =
    field === 'answer'
      ? label(ANSWER_KEYS)
      : field === 'kind'
        ? label(FINDING_KIND_KEYS)
        : field === 'status'
          ? label(INDICATOR_STATUS_KEYS)
          : undefined;
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    return value.map((s) => (s as { title?: string }).title ?? '').join('; ') || t('versions.field.none');
  }
  return String(value);
}
