import type { JSX } from 'react';
import { initialsOf } from './colorForName.ts';

interface AvatarProps {
  name: string;
  color: string;
  size?: 'sm' | 'md';
  /** Shown as a ring, e.g. when the person is typing in the document. */
  active?: boolean;
}

export function Avatar({ name, color, size = 'md', active = false }: AvatarProps): JSX.Element {
  return (
    <span
      className={`rt-avatar rt-avatar--${size}${active ? ' rt-avatar--active' : ''}`}
      style={{ backgroundColor: color, ['--person-color' as string]: color }}
      aria-hidden="true"
    >
      {initialsOf(name)}
    </span>
  );
}
