import { type JSX, useRef, useState } from 'react';
import { type T, useT } from '../i18n/useI18n.ts';
import type { PassagePlace, UnsavedPassage } from './unsavedText.ts';

function placeName(t: T, place: PassagePlace): string {
  if (place.kind === 'section') return place.label;
  return place.title === null
    ? t('recovery.place.indicator', { id: place.indicatorId })
    : t('recovery.place.indicatorTitled', { id: place.indicatorId, title: place.title });
}

/** One place's unsaved text, selectable, with a button that copies it. */
export function UnsavedPassageCard({ passage }: { passage: UnsavedPassage }): JSX.Element {
  const t = useT();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(passage.text);
      setCopied(true);
    } catch {
      // No clipboard access (plain http, or denied): select the text for Ctrl+C instead.
      textRef.current?.select();
    }
  };
  const lines = passage.text.split('\n').length;
  return (
    <div className="rt-refused__passage" data-unsaved={passage.key}>
      <label className="rt-refused__place" htmlFor={`rt-unsaved-${passage.key}`}>
        {placeName(t, passage.place)}
      </label>
      <textarea
        id={`rt-unsaved-${passage.key}`}
        ref={textRef}
        className="rt-refused__text"
        readOnly
        rows={Math.min(6, Math.max(2, lines))}
        value={passage.text}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="rt-button rt-button--small" onClick={() => void copy()}>
        {copied ? t('recovery.copied') : t('recovery.copy')}
      </button>
    </div>
  );
}
