import type { VersionComparison, VersionMeta } from '@roundtable/profile';
import { type JSX, useEffect, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { useT } from '../i18n/useI18n.ts';
import { IndicatorChangeCard } from './IndicatorChangeCard.tsx';
import { CURRENT, compareVersions } from './versionApi.ts';
import { WordDiff } from './WordDiff.tsx';

interface VersionCompareProps {
  consultationId: string;
  versions: readonly VersionMeta[];
  initialFrom: string;
  mayRestore: boolean;
  onRestore: (versionId: string, indicatorId?: string) => void;
}

/** Two sides to compare (any version or the current draft) and what changed between them, per indicator. */
export function VersionCompare(props: VersionCompareProps): JSX.Element {
  const t = useT();
  const { consultationId, versions } = props;
  const [from, setFrom] = useState(props.initialFrom);
  const [to, setTo] = useState(CURRENT);
  const [result, setResult] = useState<VersionComparison | null>(null);
  // The failure itself, put in words at render, in the language shown then.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const error = failure === null ? null : errorLineOf(t, failure.error);
  useEffect(() => {
    let live = true;
    setResult(null);
    setFailure(null);
    compareVersions(consultationId, from, to)
      .then((r) => live && setResult(r))
      .catch((e: unknown) => live && setFailure({ error: e }));
    return () => {
      live = false;
    };
  }, [consultationId, from, to]);
  const side = (value: string, onChange: (v: string) => void, label: string) => (
    <label>
      {label}{' '}
      <select className="rt-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={CURRENT}>{t('versions.compare.current')}</option>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );
  const restorable = props.mayRestore && from !== CURRENT && to === CURRENT;
  return (
    <section className="rt-compare" aria-label={t('versions.compare.label')}>
      <div className="rt-compare__sides">
        {side(from, setFrom, t('versions.compare.from'))}
        {side(to, setTo, t('versions.compare.to'))}
      </div>
      {error !== null && <p role="alert">{error}</p>}
      {result === null && error === null && <p>{t('versions.compare.comparing')}</p>}
      {result !== null && (
        <>
          <p className="rt-compare__summary" data-testid="compare-summary">
            {result.sections.length > 0
              ? t('versions.compare.summaryWithSections', {
                  changed: result.indicators.length,
                  unchanged: result.unchanged,
                  sections: result.sections.length,
                })
              : t('versions.compare.summary', { changed: result.indicators.length, unchanged: result.unchanged })}
          </p>
          {result.sections.map((s) => (
            <article key={s.anchor} className="rt-change">
              <header className="rt-change__header">
                <strong>{s.label}</strong>
              </header>
              <WordDiff parts={s.text} />
            </article>
          ))}
          {result.indicators.map((change) => (
            <IndicatorChangeCard
              key={change.indicatorId}
              change={change}
              onRestore={
                restorable && change.change === 'changed' ? () => props.onRestore(from, change.indicatorId) : undefined
              }
            />
          ))}
        </>
      )}
    </section>
  );
}
