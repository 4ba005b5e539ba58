import type { JSX } from 'react';
import { useI18n, useT } from '../i18n/useI18n.ts';
import type { Person } from '../presence/usePeople.ts';

/** Up to three coloured dots for the people in an indicator; every name for screen readers. */
export function OutlinePresence({ others }: { others: readonly Person[] }): JSX.Element | null {
  const t = useT();
  const { intl } = useI18n();
  if (others.length === 0) return null;
  return (
    <span className="rt-outline__presence">
      {others.slice(0, 3).map((p) => (
        <span key={p.clientId} className="rt-outline__dot" style={{ backgroundColor: p.color }} />
      ))}
      <span className="rt-visually-hidden">
        {t('outline.item.here', { names: intl.formatList(others.map((p) => p.name)) })}
      </span>
    </span>
  );
}
