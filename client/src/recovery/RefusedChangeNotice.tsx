import { type JSX, useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/useI18n.ts';
import { reasonDetail, refusedChangeKeys } from './refusedChangeKeys.ts';
import { UnsavedPassageCard } from './UnsavedPassageCard.tsx';
import type { RefusedChange } from './useDraftRecovery.ts';

interface RefusedChangeNoticeProps {
  change: RefusedChange;
  onDismiss: () => void;
}

/** True when no element has focus: the one that had it left the page (the editor typed in was replaced). */
function focusWasLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/**
 * Says, in view whatever the scroll position, that the server refused a
 * change and why, that the draft was reloaded, and offers the text typed here
 * that was not saved, for copying. It is an alert (screen readers read it
 * out wherever focus is), and it takes focus only when focus was lost: the
 * editor the person typed in is remounted on a fresh document, so focus has
 * fallen to the page, and the notice is then where the next Tab finds the
 * unsaved text and its Copy button. Someone already typing elsewhere (a
 * comment, a dialog, the fresh draft when this code loaded late) keeps focus.
 */
export function RefusedChangeNotice({ change, onDismiss }: RefusedChangeNoticeProps): JSX.Element {
  const t = useT();
  const { title, what, next } = refusedChangeKeys(change.code);
  const detail = reasonDetail(change.reason);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Each refusal, the first or one while the notice is open, starts with its unsaved text unknown (`unsaved: null`)
  // and replaces the editor typed in: the check runs then. A layout effect: under preact/compat a plain one runs
  // after the frame, and keys typed meanwhile went to the page.
  const reloading = change.unsaved === null;
  useLayoutEffect(() => {
    if (reloading && focusWasLost()) headingRef.current?.focus({ preventScroll: true });
  }, [reloading]);
  return (
    <section className="rt-refused" role="alert" aria-labelledby="rt-refused-title" data-code={change.code}>
      <h2 id="rt-refused-title" className="rt-refused__title" tabIndex={-1} ref={headingRef}>
        {t(title)}
      </h2>
      <p className="rt-refused__what">{t(what)}</p>
      {detail !== null && (
        <p className="rt-refused__detail">
          {t('recovery.refused.serverSays')} <span lang="en">{detail}</span>
        </p>
      )}
      <p className="rt-refused__next">{t(next)}</p>
      <UnsavedPassages passages={change.unsaved} />
      <div className="rt-refused__actions">
        <button type="button" className="rt-button rt-button--primary rt-button--small" onClick={onDismiss}>
          {t('recovery.close')}
        </button>
      </div>
    </section>
  );
}

function UnsavedPassages({ passages }: { passages: RefusedChange['unsaved'] }): JSX.Element {
  const t = useT();
  if (passages === null) {
    return (
      <p className="rt-refused__status" role="status">
        {t('recovery.reloading')}
      </p>
    );
  }
  if (passages.length === 0) {
    return <p className="rt-refused__status">{t('recovery.nothingLost')}</p>;
  }
  return (
    <div className="rt-refused__unsaved">
      <p className="rt-refused__status">{t('recovery.unsavedIntro')}</p>
      {passages.map((passage) => (
        <UnsavedPassageCard key={passage.key} passage={passage} />
      ))}
    </div>
  );
}
