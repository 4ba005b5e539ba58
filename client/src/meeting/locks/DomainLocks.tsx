import type { MeetingOutline } from '@roundtable/meeting';
import type { JSX } from 'react';
import { useT } from '../../i18n/useI18n.ts';
import { LockIcon } from '../spotlight/LockIcon.tsx';
import type { MeetingSession } from '../useMeetingSession.ts';

/** Lock or unlock a whole domain (facilitators, under a label saying so); everyone sees which are locked. */
export function DomainLocks({
  session,
  outline,
}: {
  session: MeetingSession;
  outline: MeetingOutline | null;
}): JSX.Element | null {
  const t = useT();
  const locks = session.meeting?.locks ?? [];
  if (outline === null) return null;
  const lockedDomains = new Set(locks.flatMap((l) => (l.target.kind === 'domain' ? [l.target.domain] : [])));
  const lockedIndicators = locks.flatMap((l) => (l.target.kind === 'indicator' ? [l.target.indicatorId] : []));
  if (!session.canRun && lockedDomains.size === 0 && lockedIndicators.length === 0) return null;
  const chips = outline.domains.map((d) => {
    const locked = lockedDomains.has(d.code);
    if (!session.canRun && !locked) return null;
    return session.canRun ? (
      <button
        key={d.code}
        type="button"
        className={`rt-chip${locked ? ' rt-chip--locked' : ''}`}
        aria-pressed={locked}
        aria-label={
          locked
            ? t('meeting.locks.unlockDomain', { code: d.code, title: d.title })
            : t('meeting.locks.lockDomain', { code: d.code, title: d.title })
        }
        title={
          locked
            ? t('meeting.locks.lockedTitle', { title: d.title })
            : t('meeting.locks.unlockedTitle', { title: d.title })
        }
        onClick={() => session.toggleLock({ kind: 'domain', domain: d.code })}
      >
        <LockIcon open={!locked} />
        {t('meeting.locks.domain', { code: d.code })}
      </button>
    ) : (
      <span key={d.code} className="rt-chip rt-chip--locked">
        <LockIcon open={false} />
        {t('meeting.locks.domainLocked', { code: d.code })}
      </span>
    );
  });
  return (
    <div className="rt-locks">
      {lockedIndicators.length > 0 && (
        <p className="rt-locks__list">{t('meeting.locks.indicators', { ids: lockedIndicators.join(', ') })}</p>
      )}
      {session.canRun ? (
        <fieldset className="rt-locks__set">
          <legend className="rt-locks__label">{t('meeting.locks.domainsLabel')}</legend>
          <div className="rt-locks__domains">{chips}</div>
        </fieldset>
      ) : (
        <div className="rt-locks__domains">{chips}</div>
      )}
    </div>
  );
}
