import type { JSX } from 'react';
import { Avatar } from './Avatar.tsx';
import type { Person } from './usePeople.ts';

const MAX_SHOWN = 5;

/** Compact presence for the top bar: the first few faces and a "+n". */
export function AvatarStack({ people }: { people: Person[] }): JSX.Element | null {
  if (people.length === 0) return null;
  const shown = people.slice(0, MAX_SHOWN);
  const hidden = people.length - shown.length;
  const label = people.map((p) => (p.isSelf ? `${p.name} (you)` : p.name)).join(', ');
  return (
    <div className="rt-avatar-stack" role="img" aria-label={`People here: ${label}`} title={label}>
      {shown.map((person) => (
        <Avatar key={person.clientId} name={person.name} color={person.color} size="sm" active={person.focusing} />
      ))}
      {hidden > 0 && <span className="rt-avatar rt-avatar--sm rt-avatar--more">+{hidden}</span>}
    </div>
  );
}
