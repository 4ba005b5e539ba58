import { type CSSProperties, type JSX, Suspense, useEffect, useId, useRef, useState } from 'react';
import { CancelWhileLoading } from '../app/CancelWhileLoading.tsx';
import { LazyShortcutsDialog } from '../app/lazyPanels.ts';
import { useT } from '../i18n/useI18n.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));
}

/** Under the button, aligned on its right edge. */
function popoverPlace(anchor: HTMLElement | null): CSSProperties {
  const rect = anchor?.getBoundingClientRect();
  if (rect === undefined) return {};
  return { top: rect.bottom + 10, right: document.documentElement.clientWidth - rect.right };
}

/** The "?" button of the top bar and the dialog, placed like a popover, that lists keyboard shortcuts. */
export function ShortcutsHelp(): JSX.Element {
  const t = useT();
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const dialogId = useId();
  const titleId = useId();
  const open = place !== null;
  // Expanded, and controlling the dialog, only once its code has arrived and it is in the page.
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '?' || isTyping(event.target)) return;
      event.preventDefault();
      setPlace((p) => (p === null ? popoverPlace(rootRef.current) : null));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const close = (): void => setPlace(null);

  return (
    <div className="rt-help" ref={rootRef}>
      <button
        type="button"
        className="rt-icon-button"
        aria-label={t('help.title')}
        aria-haspopup="dialog"
        aria-expanded={open && shown}
        aria-controls={open && shown ? dialogId : undefined}
        onClick={() => setPlace(popoverPlace(rootRef.current))}
      >
        ?
      </button>
      {/* Its code loads with the panels, after the editor is live (or when asked for, if sooner): until it is
          there, Escape or a press elsewhere cancel the opening, so that the dialog does not show later and take focus. */}
      {open && (
        <Suspense fallback={<CancelWhileLoading onCancel={close} />}>
          <LazyShortcutsDialog dialogId={dialogId} titleId={titleId} place={place} onClose={close} onShown={setShown} />
        </Suspense>
      )}
    </div>
  );
}
