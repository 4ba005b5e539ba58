import { type CSSProperties, type JSX, useLayoutEffect } from 'react';
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
  /** Told true once the dialog is in the page and false when it leaves: until then the button controls nothing. */
  onShown?: (shown: boolean) => void;
}

/** The keyboard shortcuts, the announcements switch and a note, in a dialog placed like a popover (`ShortcutsHelp`). */
export function ShortcutsDialog({ dialogId, titleId, place, onClose, onShown }: ShortcutsDialogProps): JSX.Element {
  const t = useT();
  useLayoutEffect(() => {
    onShown?.(true);
    return () => onShown?.(false);
  }, [onShown]);
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
