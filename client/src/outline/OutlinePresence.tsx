import type { JSX } from 'react';
import type { Person } from '../presence/usePeople.ts';

/** Up to three coloured dots for the people in an indicator; every name for screen readers. */
export function OutlinePresence({ others }: { others: readonly Person[] }): JSX.Element | null {
  if (others.length === 0) return null;
  return (
    <span className="rt-outline__presence">
      {others.slice(0, 3).map((p) => (
        <span key={p.clientId} className="rt-outline__dot" style={{ backgroundColor: p.color }} />
      ))}
      <span className="rt-visually-hidden">{`, ${others.map((p) => p.name).join(', ')} here`}</span>
    </span>
  );
}
