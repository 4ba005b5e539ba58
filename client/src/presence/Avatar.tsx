import type { JSX } from 'react';
import { useLanguage } from '../i18n/useI18n.ts';
import { initialsOf } from './colorForName.ts';

interface AvatarProps {
  name: string;
  color: string;
  size?: 'sm' | 'md';
  /** Shown as a ring, e.g. when the person is typing in the document. */
  active?: boolean;
}

export function Avatar({ name, color, size = 'md', active = false }: AvatarProps): JSX.Element {
  const { language } = useLanguage();
  return (
    <span
      className={`rt-avatar rt-avatar--${size}${active ? ' rt-avatar--active' : ''}`}
      style={{ backgroundColor: color, ['--person-color' as string]: color }}
      aria-hidden="true"
    >
      {initialsOf(name, language)}
    </span>
  );
}
