import { ROLE_KEYS } from '@roundtable/i18n';
import type { Member, Role } from '@roundtable/profile';
import { type JSX, Suspense } from 'react';
import { type T, useT } from '../i18n/useI18n.ts';
import type { PersonName } from '../presence/usePersonName.ts';
import { CancelWhileLoading } from './CancelWhileLoading.tsx';
import { LazyNamePrompt as NamePrompt } from './lazyPanels.ts';

function joiningAs(member: Member | null, t: T): string | null {
  if (member === null) return null;
  const key = ROLE_KEYS[member.role as Role] as string | undefined;
  return `${member.organisation.name} · ${key === undefined ? member.role : t(key)}`;
}

interface NameDialogsProps {
  member: Member | null;
  person: PersonName;
  /** `/api/me` has answered (or failed): the invited name is known, if there is one. */
  meKnown: boolean;
  /** The person asked to change their name (from the people list). */
  renaming: boolean;
  onRenamed: () => void;
}

/** The first visit's prompt to confirm the invited name, and the prompt that changes it later. */
export function NameDialogs(props: NameDialogsProps): JSX.Element {
  // The prompt's code loads when it is first needed (a first visit, a rename): a modal a moment later. A rename
  // may be cancelled meanwhile (`CancelWhileLoading`); the first visit's prompt must be answered.
  const { person, renaming, onRenamed } = props;
  const cancellable = person.confirmed && renaming;
  return (
    <Suspense fallback={cancellable ? <CancelWhileLoading onCancel={onRenamed} /> : null}>
      <NameDialog {...props} />
    </Suspense>
  );
}

function NameDialog({ member, person, meKnown, renaming, onRenamed }: NameDialogsProps): JSX.Element | null {
  const t = useT();
  const { name, confirmed, confirm } = person;
  if (!confirmed && meKnown) {
    return <NamePrompt initialName={name ?? ''} joiningAs={joiningAs(member, t)} onSubmit={confirm} />;
  }
  if (!confirmed || !renaming) return null;
  return (
    <NamePrompt
      initialName={name ?? ''}
      joiningAs={joiningAs(member, t)}
      onCancel={onRenamed}
      onSubmit={async (next) => {
        await confirm(next);
        onRenamed();
      }}
    />
  );
}
