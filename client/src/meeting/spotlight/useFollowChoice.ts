import { useCallback, useState } from 'react';

const STORAGE_KEY = 'roundtable.followSpotlight';

/** Whether this browser follows the spotlight: on unless the person turned it off (remembered across reloads). */
export function readFollowChoice(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Following the spotlight, on by default; the choice survives a reload. */
export function useFollowChoice(): [boolean, (following: boolean) => void] {
  const [following, setFollowing] = useState(() => readFollowChoice(storage()));
  const choose = useCallback((next: boolean) => {
    setFollowing(next);
    try {
      storage()?.setItem(STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // Private mode: remember for this visit only.
    }
  }, []);
  return [following, choose];
}
