import { type JSX, useRef, useState } from 'react';
import type { UnsavedPassage } from './unsavedText.ts';

/** One place's unsaved text, selectable, with a button that copies it. */
export function UnsavedPassageCard({ passage }: { passage: UnsavedPassage }): JSX.Element {
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
        {passage.place}
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
        {copied ? 'Copied' : 'Copy text'}
      </button>
    </div>
  );
}
