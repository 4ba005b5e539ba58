import { ANSWER_KEYS, FINDING_KIND_KEYS } from '@roundtable/i18n';
import type { VersionContent } from '@roundtable/profile';
import type { JSX } from 'react';
import { useI18n, useT } from '../i18n/useI18n.ts';

/** A version opened read-only: its sections and every indicator with its fields and finding. */
export function VersionView({ content }: { content: VersionContent }): JSX.Element {
  const t = useT();
  const { intl } = useI18n();
  const { version } = content;
  const savedAt = intl.formatDate(version.savedAt, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section className="rt-version-view" aria-label={t('versions.view.label', { name: version.name })}>
      <p className="rt-version-view__meta">
        {version.savedBy.organisation
          ? t('versions.view.savedByOf', {
              at: savedAt,
              name: version.savedBy.name,
              organisation: version.savedBy.organisation,
            })
          : t('versions.view.savedBy', { at: savedAt, name: version.savedBy.name })}
      </p>
      <h3>{content.content.title}</h3>
      {content.content.sections.map((s) => (
        <div key={s.anchor}>
          <h4>{s.label}</h4>
          {paragraphs(s.text)}
        </div>
      ))}
      {content.content.indicators.map((i) => {
        const comments = i.comments.filter((c) => !c.deleted).length;
        return (
          <article key={i.id} className="rt-version-view__indicator">
            <h4>
              {i.id} {i.title}
            </h4>
            <p className="rt-version-view__fields">
              {[
                t(ANSWER_KEYS[i.answer]),
                t(FINDING_KIND_KEYS[i.kind]),
                ...(i.sources.length > 0 ? [t('versions.view.sources', { count: i.sources.length })] : []),
                ...(i.comments.length > 0 ? [t('versions.view.comments', { count: comments })] : []),
              ].join(' · ')}
            </p>
            {paragraphs(i.finding)}
          </article>
        );
      })}
    </section>
  );
}

function paragraphs(text: string): JSX.Element[] {
  return (
    text
      .split('\n\n')
      .filter((p) => p !== '')
      // biome-ignore lint/suspicious/noArrayIndexKey: a frozen version's paragraphs never move
      .map((p, n) => <p key={n}>{p}</p>)
  );
}
