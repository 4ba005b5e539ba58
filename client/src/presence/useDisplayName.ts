import { useCallback, useState } from 'react';

export const NAME_STORAGE_KEY = 'roundtable.name';
export const MAX_NAME_LENGTH = 40;

function readStoredName(): string | null {
  try {
    const name = window.localStorage.getItem(NAME_STORAGE_KEY)?.trim();
    return name ? name.slice(0, MAX_NAME_LENGTH) : null;
  } catch {
    return null;
  }
}

/** The person's display name, remembered in localStorage under `roundtable.name`. */
export function useDisplayName(): [string | null, (name: string) => void] {
  const [name, setName] = useState<string | null>(readStoredName);
  const save = useCallback((next: string) => {
    const clean = next.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH);
    if (clean === '') return;
    try {
      window.localStorage.setItem(NAME_STORAGE_KEY, clean);
    } catch {
      // Private mode: keep the name for this visit only.
    }
    setName(clean);
  }, []);
  return [name, save];
}
