import type { JSX } from 'react';
import { useI18n, useT } from '../i18n/useI18n.ts';
import { Avatar } from './Avatar.tsx';
import type { Person } from './usePeople.ts';

const MAX_SHOWN = 5;

/** Compact presence for the top bar: the first few faces and a "+n". */
export function AvatarStack({ people }: { people: Person[] }): JSX.Element | null {
  const t = useT();
  const { intl } = useI18n();
  if (people.length === 0) return null;
  const shown = people.slice(0, MAX_SHOWN);
  const hidden = people.length - shown.length;
  const label = intl.formatList(
    people.map((p) => (p.isSelf ? t('presence.you', { name: p.name }) : p.name)),
    { type: 'unit' },
  );
  return (
    <div className="rt-avatar-stack" role="img" aria-label={t('presence.stack.label', { names: label })} title={label}>
      {shown.map((person) => (
        <Avatar key={person.clientId} name={person.name} color={person.color} size="sm" active={person.focusing} />
      ))}
      {hidden > 0 && <span className="rt-avatar rt-avatar--sm rt-avatar--more">+{intl.formatNumber(hidden)}</span>}
    </div>
  );
}
