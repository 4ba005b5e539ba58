import type { VersionComparison, VersionMeta } from '@roundtable/profile';
import { type JSX, useEffect, useState } from 'react';
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
  const { consultationId, versions } = props;
  const [from, setFrom] = useState(props.initialFrom);
  const [to, setTo] = useState(CURRENT);
  const [result, setResult] = useState<VersionComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setResult(null);
    setError(null);
    compareVersions(consultationId, from, to)
      .then((r) => live && setResult(r))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [consultationId, from, to]);
  const side = (value: string, onChange: (v: string) => void, label: string) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={CURRENT}>Current draft</option>
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
    <section className="rt-compare" aria-label="Compare versions">
      <div className="rt-compare__sides">
        {side(from, setFrom, 'From')}
        {side(to, setTo, 'to')}
      </div>
      {error !== null && <p role="alert">{error}</p>}
      {result === null && error === null && <p>Comparing…</p>}
      {result !== null && (
        <>
          <p className="rt-compare__summary" data-testid="compare-summary">
            {result.indicators.length} indicator(s) changed, {result.unchanged} unchanged
            {result.sections.length > 0 ? `, ${result.sections.length} section(s) changed` : ''}.
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
