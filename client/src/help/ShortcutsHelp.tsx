import { type CSSProperties, type JSX, Suspense, useEffect, useId, useRef, useState } from 'react';
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      // Escape or a press elsewhere also cancels an opening whose dialog has not loaded yet (nothing else
      // would: the dialog's own handlers are not there), so that it does not show later and take focus.
      if (event.key === 'Escape') {
        setPlace(null);
        return;
      }
      if (event.key !== '?' || isTyping(event.target)) return;
      event.preventDefault();
      setPlace((p) => (p === null ? popoverPlace(rootRef.current) : null));
    };
    // An open dialog is modal: a press outside it lands on the dialog itself, inside this root.
    const onPointerDown = (event: PointerEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setPlace(null);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);

  return (
    <div className="rt-help" ref={rootRef}>
      <button
        type="button"
        className="rt-icon-button"
        aria-label={t('help.title')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        onClick={() => setPlace(popoverPlace(rootRef.current))}
      >
        ?
      </button>
      {/* Its code loads with the panels, after the editor is live (or when asked for, if sooner). */}
      {open && (
        <Suspense fallback={null}>
          <LazyShortcutsDialog dialogId={dialogId} titleId={titleId} place={place} onClose={() => setPlace(null)} />
        </Suspense>
      )}
    </div>
  );
}
