import type { DiffPart } from '@roundtable/profile';
import type { JSX } from 'react';

/** A word diff as text: added words marked `<ins>`, removed ones `<del>`, paragraphs kept. */
export function WordDiff({ parts }: { parts: readonly DiffPart[] }): JSX.Element {
  return (
    <p className="rt-diff">
      {parts.map((part, i) => {
        const key = `${i}:${part.value.length}`;
        if (part.added) return <ins key={key}>{part.value}</ins>;
        if (part.removed) return <del key={key}>{part.value}</del>;
        return <span key={key}>{part.value}</span>;
      })}
    </p>
  );
}
