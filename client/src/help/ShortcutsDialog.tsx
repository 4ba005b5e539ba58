import type { CSSProperties, JSX } from 'react';
import { AnnouncementsToggle } from '../announce/AnnouncementsToggle.tsx';
import { Modal } from '../app/Modal.tsx';
import { useT } from '../i18n/useI18n.ts';
import { ShortcutList } from './ShortcutList.tsx';

interface ShortcutsDialogProps {
  /** The dialog's element id, which the "?" button controls. */
  dialogId: string;
  titleId: string;
  /** Where it shows, like a popover under the button (`top`, `right` in px). */
  place: CSSProperties;
  onClose: () => void;
}

/** The keyboard shortcuts, the announcements switch and a note, in a dialog placed like a popover (`ShortcutsHelp`). */
export function ShortcutsDialog({ dialogId, titleId, place, onClose }: ShortcutsDialogProps): JSX.Element {
  const t = useT();
  return (
    <Modal labelledBy={titleId} onClose={onClose} closeOnOutsideClick className="rt-dialog--popover" style={place}>
      <div id={dialogId} className="rt-popover">
        <h2 id={titleId} className="rt-popover__title">
          {t('help.title')}
        </h2>
        <ShortcutList />
        <AnnouncementsToggle />
        <p className="rt-popover__note">{t('help.note')}</p>
      </div>
    </Modal>
  );
}
