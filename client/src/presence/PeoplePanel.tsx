import type { JSX } from 'react';
import { Avatar } from './Avatar.tsx';
import type { Person } from './usePeople.ts';

interface PeoplePanelProps {
  people: Person[];
  /** Indicator titles by id, to say where someone is working. */
  indicatorTitles: ReadonlyMap<string, string>;
  onRename: () => void;
  onJumpTo: (indicatorId: string) => void;
}

/** Right sidebar: everyone connected to the draft, with their colour and where they are. */
export function PeoplePanel({ people, indicatorTitles, onRename, onJumpTo }: PeoplePanelProps): JSX.Element {
  return (
    <aside className="rt-people" aria-label="People here">
      <header className="rt-panel-header">
        <h2 className="rt-panel-title">People here</h2>
        <span className="rt-count">
          {people.length}
          <span className="rt-visually-hidden"> connected</span>
        </span>
      </header>
      {people.length === 0 ? (
        <p className="rt-people__empty">Nobody is connected yet.</p>
      ) : (
        <ul className="rt-people__list">
          {people.map((person) => {
            const where = person.focusing && person.indicatorId !== null ? person.indicatorId : null;
            return (
              <li key={person.clientId} className="rt-person" data-person={person.name}>
                <Avatar name={person.name} color={person.color} active={person.focusing} />
                <div className="rt-person__text">
                  <span className="rt-person__name">{person.name}</span>
                  {person.organisation !== null && (
                    <span className="rt-person__org" title={person.organisation}>
                      {person.organisation}
                    </span>
                  )}
                  {where !== null ? (
                    <button
                      type="button"
                      className="rt-person__where"
                      onClick={() => onJumpTo(where)}
                      title={indicatorTitles.get(where)}
                    >
                      {person.isSelf ? 'You · ' : ''}
                      Editing {where}
                      {indicatorTitles.has(where) ? ` · ${indicatorTitles.get(where)}` : ''}
                    </button>
                  ) : (
                    <span className="rt-person__status">
                      {person.isSelf ? 'You · ' : ''}
                      {person.focusing ? 'In the document' : 'Following'}
                    </span>
                  )}
                </div>
                {person.isSelf && (
                  <button type="button" className="rt-person__rename" onClick={onRename} title="Change your name">
                    <svg viewBox="0 0 16 16" aria-hidden="true">
                      <path d="M11.1 2.2a1.5 1.5 0 0 1 2.1 0l.6.6a1.5 1.5 0 0 1 0 2.1L6 12.7l-3.2.8.8-3.2 7.5-8.1Z" />
                    </svg>
                    <span className="rt-visually-hidden">Change your name</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
