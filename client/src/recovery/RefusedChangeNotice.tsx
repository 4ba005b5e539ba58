import { type JSX, useEffect, useRef } from 'react';
import { refusedChangeMessage } from '../app/closeCodeMessages.ts';
import { UnsavedPassageCard } from './UnsavedPassageCard.tsx';
import type { RefusedChange } from './useDraftRecovery.ts';

interface RefusedChangeNoticeProps {
  change: RefusedChange;
  onDismiss: () => void;
}

/**
 * Says, in view whatever the scroll position, that the server refused a
 * change and why, that the draft was reloaded, and offers the text typed here
 * that was not saved, for copying.
 */
export function RefusedChangeNotice({ change, onDismiss }: RefusedChangeNoticeProps): JSX.Element {
  const { title, what, next } = refusedChangeMessage(change.code, change.reason);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);
  return (
    <section className="rt-refused" role="alert" aria-labelledby="rt-refused-title" data-code={change.code}>
      <h2 id="rt-refused-title" className="rt-refused__title" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      <p className="rt-refused__what">{what}</p>
      <p className="rt-refused__next">{next}</p>
      <UnsavedPassages passages={change.unsaved} />
      <div className="rt-refused__actions">
        <button type="button" className="rt-button rt-button--primary rt-button--small" onClick={onDismiss}>
          Close
        </button>
      </div>
    </section>
  );
}

function UnsavedPassages({ passages }: { passages: RefusedChange['unsaved'] }): JSX.Element {
  if (passages === null) {
    return (
      <p className="rt-refused__status" role="status">
        Reloading the draft…
      </p>
    );
  }
  if (passages.length === 0) {
    return <p className="rt-refused__status">None of the text you typed was lost.</p>;
  }
  return (
    <div className="rt-refused__unsaved">
      <p className="rt-refused__status">Text you typed that was not saved. Copy it to add it again:</p>
      {passages.map((passage) => (
        <UnsavedPassageCard key={passage.key} passage={passage} />
      ))}
    </div>
  );
}
