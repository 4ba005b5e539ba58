import { ANSWER_LABELS, FINDING_KIND_LABELS, type VersionContent } from '@roundtable/profile';
import type { JSX } from 'react';

/** A version opened read-only: its sections and every indicator with its fields and finding. */
export function VersionView({ content }: { content: VersionContent }): JSX.Element {
  const { version } = content;
  return (
    <section className="rt-version-view" aria-label={`Version ${version.name}, read-only`}>
      <p className="rt-version-view__meta">
        Read-only. Saved {new Date(version.savedAt).toLocaleString()} by {version.savedBy.name}
        {version.savedBy.organisation ? ` (${version.savedBy.organisation})` : ''}.
      </p>
      <h3>{content.content.title}</h3>
      {content.content.sections.map((s) => (
        <div key={s.anchor}>
          <h4>{s.label}</h4>
          {paragraphs(s.text)}
        </div>
      ))}
      {content.content.indicators.map((i) => (
        <article key={i.id} className="rt-version-view__indicator">
          <h4>
            {i.id} {i.title}
          </h4>
          <p className="rt-version-view__fields">
            {ANSWER_LABELS[i.answer]} · {FINDING_KIND_LABELS[i.kind]}
            {i.sources.length > 0 ? ` · ${i.sources.length} source(s)` : ''}
            {i.comments.length > 0 ? ` · ${i.comments.filter((c) => !c.deleted).length} comment(s)` : ''}
          </p>
          {paragraphs(i.finding)}
        </article>
      ))}
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
