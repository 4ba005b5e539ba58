import { OUTCOME_KEYS } from '@roundtable/i18n';
import { OUTCOMES, type Outcome } from '@roundtable/profile';
import type { JSX, Ref } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** What each outcome means for the draft. */
const OUTCOME_HINT_KEYS: Record<Outcome, string> = {
  accepted: 'comments.outcome.hint.accepted',
  'accepted-with-changes': 'comments.outcome.hint.accepted-with-changes',
  'not-accepted': 'comments.outcome.hint.not-accepted',
  noted: 'comments.outcome.hint.noted',
  deferred: 'comments.outcome.hint.deferred',
};

interface OutcomeChoiceProps {
  value: Outcome | null;
  onChange: (outcome: Outcome) => void;
  /** The first option, focused when the resolve dialog opens. */
  firstRef?: Ref<HTMLInputElement>;
}

/** The five outcomes of a thread as radio options, each with what it means for the draft. */
export function OutcomeChoice({ value, onChange, firstRef }: OutcomeChoiceProps): JSX.Element {
  const t = useT();
  return (
    <fieldset className="rt-resolve__outcomes">
      <legend className="rt-field__label">{t('comments.outcome.legend')}</legend>
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
          <span className={`rt-outcome rt-outcome--${o}`}>{t(OUTCOME_KEYS[o])}</span>
          <span className="rt-option__hint">{t(OUTCOME_HINT_KEYS[o])}</span>
        </label>
      ))}
    </fieldset>
  );
}
