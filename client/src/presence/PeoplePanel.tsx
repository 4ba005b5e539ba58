import type { JSX } from 'react';
import { useI18n, useLanguage, useT } from '../i18n/useI18n.ts';
import { Avatar } from './Avatar.tsx';
import { groupByOrganisation } from './groupByOrganisation.ts';
import { RoleBadge } from './RoleBadge.tsx';
import type { Person } from './usePeople.ts';

interface PeoplePanelProps {
  people: Person[];
  /** Indicator titles by id, to say where someone is working. */
  indicatorTitles: ReadonlyMap<string, string>;
  onRename: () => void;
  onJumpTo: (indicatorId: string) => void;
}

function PersonItem({
  person,
  indicatorTitles,
  onRename,
  onJumpTo,
}: { person: Person } & Omit<PeoplePanelProps, 'people'>): JSX.Element {
  const t = useT();
  const where = person.focusing && person.indicatorId !== null ? person.indicatorId : null;
  const title = where === null ? undefined : indicatorTitles.get(where);
  return (
    <li className="rt-person" data-person={person.name}>
      <Avatar name={person.name} color={person.color} active={person.focusing} />
      <div className="rt-person__text">
        <span className="rt-person__line">
          <span className="rt-person__name" title={person.name}>
            {person.name}
          </span>
          {/* Beside the name, not in it: a long name is cut with "…", and "(you)" must stay. */}
          {person.isSelf && <span className="rt-person__you">{t('presence.person.you')}</span>}
          <RoleBadge role={person.role} />
        </span>
        {person.organisation !== null && <span className="rt-visually-hidden">, {person.organisation}</span>}
        {where !== null ? (
          <button type="button" className="rt-person__where" onClick={() => onJumpTo(where)} title={title}>
            {title === undefined
              ? t('presence.person.editing', { indicator: where })
              : t('presence.person.editingTitled', { indicator: where, title })}
          </button>
        ) : (
          <span className="rt-person__status">
            {person.focusing ? t('presence.person.inDocument') : t('presence.person.following')}
          </span>
        )}
      </div>
      {person.isSelf && (
        <button type="button" className="rt-person__rename" onClick={onRename} title={t('presence.rename')}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M11.1 2.2a1.5 1.5 0 0 1 2.1 0l.6.6a1.5 1.5 0 0 1 0 2.1L6 12.7l-3.2.8.8-3.2 7.5-8.1Z" />
          </svg>
          <span className="rt-visually-hidden">{t('presence.rename')}</span>
        </button>
      )}
    </li>
  );
}

/** The people tab: everyone connected to the draft, grouped by the organisation they speak for, with their role. */
export function PeoplePanel({ people, ...rest }: PeoplePanelProps): JSX.Element {
  const t = useT();
  const { intl } = useI18n();
  const { language } = useLanguage();
  if (people.length === 0) return <p className="rt-people__empty">{t('presence.people.empty')}</p>;
  return (
    <div className="rt-people">
      {groupByOrganisation(people, language).map((group) => {
        const organisation = group.organisation ?? t('presence.people.noOrganisation');
        return (
          <section key={group.organisation ?? ''} className="rt-people__group" aria-label={organisation}>
            <h3 className="rt-people__org">
              <span className="rt-people__org-name" title={group.organisation ?? undefined}>
                {organisation}
              </span>
              <span className="rt-people__org-count">{intl.formatNumber(group.people.length)}</span>
            </h3>
            <ul className="rt-people__list">
              {group.people.map((person) => (
                <PersonItem key={person.clientId} person={person} {...rest} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
