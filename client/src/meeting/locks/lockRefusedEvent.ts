/**
 * The event `LockGuardPlugin` sends from the editor's root when it stops an
 * input in a locked indicator (it bubbles to the document): `detail` is the
 * indicator's id. The layers that load with the panels answer it (the badge
 * raised: `useLockRefusedRaise`; the reason said: `useLiveAnnouncements`), so
 * the first load carries only the guard.
 */
export const LOCK_REFUSED_EVENT = 'roundtable:lock-refused';
