import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '@roundtable/profile';
import type { JSX, Ref } from 'react';

const OUTCOME_HINTS: Record<Outcome, string> = {
  accepted: 'The draft will say what was asked.',
  'accepted-with-changes': 'Taken on board, in other words.',
  'not-accepted': 'The draft stays as it is; say why.',
  noted: 'Recorded, no change to the draft.',
  deferred: 'To be settled after the meeting.',
};

interface OutcomeChoiceProps {
  value: Outcome | null;
  onChange: (outcome: Outcome) => void;
  /** The first option, focused when the resolve dialog opens. */
  firstRef?: Ref<HTMLInputElement>;
}

/** The five outcomes of a thread as radio options, each with what it means for the draft. */
export function OutcomeChoice({ value, onChange, firstRef }: OutcomeChoiceProps): JSX.Element {
  return (
    <fieldset className="rt-resolve__outcomes">
      <legend className="rt-field__label">Outcome</legend>
      {OUTCOMES.map((o, i) => (
        <label key={o} className={`rt-option${value === o ? ' rt-option--on' : ''}`}>
          <input
            ref={i === 0 ? firstRef : undefined}
            type="radio"
            name="outcome"
            value={o}
            checked={value === o}
            onChange={() => onChange(o)}
          />
          <span className={`rt-outcome rt-outcome--${o}`}>{OUTCOME_LABELS[o]}</span>
          <span className="rt-option__hint">{OUTCOME_HINTS[o]}</span>
        </label>
      ))}
    </fieldset>
  );
}
