import { useEffect, useState } from 'react';
import { withLaterMessages } from '../i18n/withLaterMessages.ts';
import { deferred } from './deferred.tsx';

// What the first screen does not need to show an editable draft: the side panels, the dialogs, the
// top bar's menus, the announcements and the layers over the draft (comment highlights, the status
// and meeting marks). Each loads in a chunk of its own once the editor is live (or when first shown,
// if that is sooner: a dialog opened at once), with the English words of the panels
// (`withLaterMessages`), so the browser fetches React, Lexical and Yjs first. A chunk that cannot be
// fetched (server restarting) is asked for again (`retryImport`): the panel waits, the page stays (`deferred.tsx`).
const loadComments = () => withLaterMessages(import('../comments/CommentsPanel.tsx'));
const loadMeeting = () => withLaterMessages(import('../meeting/MeetingPanel.tsx'));
const loadPeople = () => withLaterMessages(import('../presence/PeoplePanel.tsx'));
const loadResolve = () => withLaterMessages(import('../comments/ResolveDialog.tsx'));
const loadNamePrompt = () => withLaterMessages(import('../presence/NamePrompt.tsx'));
const loadRefusedNotice = () => withLaterMessages(import('../recovery/RefusedChangeNotice.tsx'));
const loadExportMenuList = () => withLaterMessages(import('../export/ExportMenuList.tsx'));
const loadLanguageControl = () => withLaterMessages(import('../consultationLanguage/ConsultationLanguageControl.tsx'));
const loadAnnouncements = () => withLaterMessages(import('../announce/LiveAnnouncements.tsx'));
const loadShortcuts = () => withLaterMessages(import('../help/ShortcutsDialog.tsx'));
const loadDraftOverlays = () => withLaterMessages(import('./DraftOverlays.tsx'));
const loadLifecycleMenu = () => withLaterMessages(import('../lifecycle/LifecycleMenu.tsx'));

const comments = deferred(() => loadComments().then((m) => m.CommentsPanel));
const meeting = deferred(() => loadMeeting().then((m) => m.MeetingPanel));
const people = deferred(() => loadPeople().then((m) => m.PeoplePanel));
const resolve = deferred(() => loadResolve().then((m) => m.ResolveDialog));
const namePrompt = deferred(() => loadNamePrompt().then((m) => m.NamePrompt));
const refusedNotice = deferred(() => loadRefusedNotice().then((m) => m.RefusedChangeNotice));
const exportMenuList = deferred(() => loadExportMenuList().then((m) => m.ExportMenuList));
const languageControl = deferred(() => loadLanguageControl().then((m) => m.ConsultationLanguageControl));
const announcements = deferred(() => loadAnnouncements().then((m) => m.LiveAnnouncements));
const shortcuts = deferred(() => loadShortcuts().then((m) => m.ShortcutsDialog));
const draftOverlays = deferred(() => loadDraftOverlays().then((m) => m.DraftOverlays));
const lifecycleMenu = deferred(() => loadLifecycleMenu().then((m) => m.LifecycleMenu));

/** The comments tab (`CommentsPanel`), loaded on demand. */
export const LazyCommentsPanel = comments.Component;
/** The meeting tab (`MeetingPanel`), loaded on demand. */
export const LazyMeetingPanel = meeting.Component;
/** The people tab (`PeoplePanel`), loaded on demand. */
export const LazyPeoplePanel = people.Component;
/** The dialog that resolves a thread (`ResolveDialog`), loaded on demand. */
export const LazyResolveDialog = resolve.Component;
/** The dialog that asks for or corrects one's name (`NamePrompt`), loaded on demand. */
export const LazyNamePrompt = namePrompt.Component;
/** The notice over the draft when the server refused a change (`RefusedChangeNotice`), loaded on demand. */
export const LazyRefusedChangeNotice = refusedNotice.Component;
/** The Export menu's list (`ExportMenuList`), loaded on demand. */
export const LazyExportMenuList = exportMenuList.Component;
/** The documents' language in the Export menu (`ConsultationLanguageControl`), loaded on demand. */
export const LazyConsultationLanguageControl = languageControl.Component;
/** The room's screen-reader announcements (`LiveAnnouncements`), loaded on demand; renders nothing. */
export const LazyLiveAnnouncements = announcements.Component;
/** The keyboard shortcuts' dialog (`ShortcutsDialog`), loaded on demand. */
export const LazyShortcutsDialog = shortcuts.Component;
/** The comment, status and meeting layers over the draft (`DraftOverlays`), loaded with the panels. */
export const LazyDraftOverlays = draftOverlays.Component;
/** A facilitator's lifecycle menu (`LifecycleMenu`), loaded with the panels and, like them, with the rest of the English words. */
export const LazyLifecycleMenu = lifecycleMenu.Component;

/** The panels load at the latest this long after the page, should the draft never sync (server down, refused). */
const PANELS_AT_LATEST_MS = 5000;

/**
 * Whether the deferred panels may show: true from the first frame painted
 * after `editorLive` (the editor has the live draft) turned true, or {@link PANELS_AT_LATEST_MS}
 * after mount, and true from then on (a reconnect does not hide them again).
 * When it turns true, every deferred chunk is asked for, so a tab or dialog
 * opened later shows at once, without a frame of its fallback (a fetch that
 * fails is asked for again, `retryImport`).
 */
export function usePanelsReady(editorLive: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    if (!editorLive) {
      const timer = setTimeout(() => setReady(true), PANELS_AT_LATEST_MS);
      return () => clearTimeout(timer);
    }
    // After the frame that shows the editable draft has been painted, not in the same task.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [editorLive, ready]);
  useEffect(() => {
    if (!ready) return;
    for (const part of [
      draftOverlays,
      people,
      comments,
      meeting,
      resolve,
      namePrompt,
      refusedNotice,
      exportMenuList,
      lifecycleMenu,
      languageControl,
      shortcuts,
    ])
      void part.preload();
  }, [ready]);
  return ready;
}
