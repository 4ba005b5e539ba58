import type { InvitedPerson } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { useLanguage, useT } from '../i18n/useI18n.ts';
import { InvitedRow } from './InvitedRow.tsx';
import { visibleInvited } from './visibleInvited.ts';

/** From this many invited people on, the list gets a field to find someone by name or organisation. */
export const SEARCH_FROM = 8;

interface InvitedListProps {
  consultationId: string;
  people: InvitedPerson[] | null;
  error: string | null;
  /** The viewer's own invitation: not revocable from here. */
  selfId: string | null;
  onChanged: () => void;
}

/** Everyone invited, with their status and whether they are connected now; active invitations can be revoked. */
export function InvitedList({ consultationId, people, error, selfId, onChanged }: InvitedListProps): JSX.Element {
  const t = useT();
  const { language } = useLanguage();
  const [showInactive, setShowInactive] = useState(false);
  const [query, setQuery] = useState('');
  if (people === null) {
    return error === null ? (
      <p className="rt-muted">{t('invitations.list.loading')}</p>
    ) : (
      <p className="rt-form-error">{error}</p>
    );
  }
  const inactive = people.filter((p) => p.status !== 'active').length;
  const searchable = people.length >= SEARCH_FROM;
  const shown = visibleInvited(people, { showInactive, query: searchable ? query : '', language });
  const empty = searchable && query.trim() !== '' ? t('invitations.list.noMatch', { query: query.trim() }) : null;
  return (
    <div className="rt-invited-list">
      {error !== null && <p className="rt-form-error">{error}</p>}
      {searchable && (
        <input
          type="search"
          className="rt-input rt-invited-list__search"
          aria-label={t('invitations.list.search')}
          placeholder={t('invitations.list.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      )}
      {shown.length === 0 ? (
        <p className="rt-muted">{empty ?? t('invitations.list.empty')}</p>
      ) : (
        <ul>
          {shown.map((person) => (
            <InvitedRow
              key={person.id}
              person={person}
              consultationId={consultationId}
              self={person.id === selfId}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {inactive > 0 && (
        <label className="rt-checkbox rt-invited-list__toggle">
          <input type="checkbox" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} />
          <span>{t('invitations.list.showInactive', { count: inactive })}</span>
        </label>
      )}
    </div>
  );
}
