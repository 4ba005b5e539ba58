import type { JSX } from 'react';

interface SideTabButtonProps {
  id: string;
  panelId: string;
  selected: boolean;
  label: string;
  count: number;
  /** What the count counts, for screen readers ("open", "connected"). */
  what: string;
  onSelect: () => void;
  /** The arrow keys: the next tab (1) or the previous one (-1). */
  onSwitch: (step: 1 | -1) => void;
}

/** One tab of the side panel, with its count. */
export function SideTabButton(props: SideTabButtonProps): JSX.Element {
  const { id, panelId, selected, label, count, what, onSelect, onSwitch } = props;
  return (
    <button
      type="button"
      role="tab"
      id={id}
      className="rt-tab"
      aria-selected={selected}
      aria-controls={panelId}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight') onSwitch(1);
        if (event.key === 'ArrowLeft') onSwitch(-1);
      }}
    >
      <span className="rt-tab__label">{label}</span>
      <span className="rt-count">
        {count}
        <span className="rt-visually-hidden"> {what}</span>
      </span>
    </button>
  );
}
