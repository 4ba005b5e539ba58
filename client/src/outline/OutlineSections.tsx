import type { OutlineSection } from '@roundtable/editor';
import type { JSX } from 'react';
import { useDocumentLanguage } from '../i18n/DocumentLanguage.tsx';

/** The profile's fixed sections before the domains (introduction, summary...), as links. */
export function OutlineSections({
  sections,
  onSelect,
}: {
  sections: readonly OutlineSection[];
  onSelect: (anchor: string) => void;
}): JSX.Element | null {
  const lang = useDocumentLanguage();
  if (sections.length === 0) return null;
  return (
    <ul className="rt-outline__sections">
      {sections.map((section) => (
        <li key={section.key}>
          <button type="button" className="rt-outline__section" lang={lang} onClick={() => onSelect(section.anchor)}>
            {section.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
