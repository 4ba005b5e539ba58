import { fnv1a32 } from '@roundtable/profile';

/**
 * Calm, distinguishable colours that keep white text readable (WCAG AA at
 * small sizes) for avatars and cursor labels.
 */
export const PERSON_COLORS = [
  '#2459c9',
  '#0f7a5c',
  '#c0396b',
  '#7048c6',
  '#b5530f',
  '#0d7f8a',
  '#8a6a00',
  '#be3a34',
  '#475569',
  '#4d7c0f',
] as const;

/** The same name always gets the same colour, on every machine. */
export function colorForName(name: string): string {
  // FNV-1a spreads short, similar names (Amina, Boris...) over the palette.
  return PERSON_COLORS[fnv1a32(name.trim().toLowerCase()) % PERSON_COLORS.length] ?? PERSON_COLORS[0];
}

/** "Amina Diallo" -> "AD", "boris" -> "B", "E( Smith" -> "ES": letters and digits only, never punctuation. */
export function initialsOf(name: string): string {
  const parts = name
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const initial = (part: string | undefined): string => (part === undefined ? '' : (Array.from(part)[0] ?? ''));
  const first = initial(parts[0]) || '?';
  const last = parts.length > 1 ? initial(parts[parts.length - 1]) : '';
  return (first + last).toUpperCase();
}
