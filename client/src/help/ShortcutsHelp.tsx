import { type JSX, useEffect, useId, useRef, useState } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';
const ALT = isMac ? '⌥' : 'Alt';

const SHORTCUTS: readonly [keys: string[], label: string][] = [
  [[ALT, '↓'], 'Next indicator'],
  [[ALT, '↑'], 'Previous indicator'],
  [[MOD, 'B'], 'Bold'],
  [[MOD, 'I'], 'Italic'],
  [[MOD, 'U'], 'Underline'],
  [[MOD, 'Z'], 'Undo your last edit'],
  [[MOD, 'Shift', 'Z'], 'Redo'],
  [[MOD, 'A'], 'Select the whole finding'],
  [[MOD, ALT, 'M'], 'Comment on the selected text'],
  [[MOD, 'Enter'], 'Post a comment or reply'],
  [['Esc'], 'Cancel a comment or close a dialog'],
  [['?'], 'Show this help'],
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));
}

/** The "?" button of the top bar and its popover listing keyboard shortcuts. */
export function ShortcutsHelp(): JSX.Element {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setOpen(false);
      else if (event.key === '?' && !isTyping(event.target)) {
        event.preventDefault();
        setOpen((o) => !o);
      }
    };
    const onPointer = (event: PointerEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  return (
    <div className="rt-help" ref={rootRef}>
      <button
        type="button"
        className="rt-icon-button"
        aria-label="Keyboard shortcuts"
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open && (
        <div id={popoverId} className="rt-popover" role="dialog" aria-label="Keyboard shortcuts">
          <h2 className="rt-popover__title">Keyboard shortcuts</h2>
          <dl className="rt-shortcuts">
            {SHORTCUTS.map(([keys, label]) => (
              <div key={label} className="rt-shortcuts__row">
                <dt>{label}</dt>
                <dd>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
          <p className="rt-popover__note">
            Only the finding text is editable; headings and badges come from the profile.
          </p>
        </div>
      )}
    </div>
  );
}
