import type { Member } from '@roundtable/profile';
import { ROLE_LABELS, type Role } from '@roundtable/profile';
import type { JSX } from 'react';
import { NamePrompt } from '../presence/NamePrompt.tsx';
import type { PersonName } from '../presence/usePersonName.ts';

function joiningAs(member: Member | null): string | null {
  if (member === null) return null;
  const role = ROLE_LABELS[member.role as Role] ?? member.role;
  return `${member.organisation.name} · ${role}`;
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
export function NameDialogs({ member, person, meKnown, renaming, onRenamed }: NameDialogsProps): JSX.Element | null {
  const { name, confirmed, confirm } = person;
  if (!confirmed && meKnown) {
    return <NamePrompt initialName={name ?? ''} joiningAs={joiningAs(member)} onSubmit={confirm} />;
  }
  if (!confirmed || !renaming) return null;
  return (
    <NamePrompt
      initialName={name ?? ''}
      joiningAs={joiningAs(member)}
      onCancel={onRenamed}
      onSubmit={async (next) => {
        await confirm(next);
        onRenamed();
      }}
    />
  );
}
