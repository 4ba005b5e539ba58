import type { OutlineSection } from '@roundtable/editor';
import type { JSX } from 'react';

/** The profile's fixed sections before the domains (introduction, summary...), as links. */
export function OutlineSections({
  sections,
  onSelect,
}: {
  sections: readonly OutlineSection[];
  onSelect: (anchor: string) => void;
}): JSX.Element | null {
  if (sections.length === 0) return null;
  return (
    <ul className="rt-outline__sections">
      {sections.map((section) => (
        <li key={section.key}>
          <button type="button" className="rt-outline__section" onClick={() => onSelect(section.anchor)}>
            {section.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
