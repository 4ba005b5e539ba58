import type { JSX } from 'react';

interface FilterSelectProps {
  label: string;
  value: string;
  /** Value and label of each option, in order. */
  options: readonly (readonly [value: string, label: string])[];
  onChange: (value: string) => void;
  wide?: boolean;
}

/** One labelled select of the comment filters. */
export function FilterSelect({ label, value, options, onChange, wide = false }: FilterSelectProps): JSX.Element {
  return (
    <label className={wide ? 'rt-filter rt-filter--wide' : 'rt-filter'}>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
