import { useCallback, useState } from 'react';
import { SIDE_TABS, type SideTab } from './SidePanel.tsx';

const STORAGE_KEY = 'roundtable.sideTab';

function stored(): SideTab {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return SIDE_TABS.find((t) => t === saved) ?? 'people';
  } catch {
    return 'people';
  }
}

/** The side panel's tab, remembered across visits; first-time visitors see who is in the room. */
export function useSideTab(): [SideTab, (tab: SideTab) => void] {
  const [tab, setTab] = useState<SideTab>(stored);
  const save = useCallback((next: SideTab) => {
    setTab(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: remember for this visit only.
    }
  }, []);
  return [tab, save];
}
