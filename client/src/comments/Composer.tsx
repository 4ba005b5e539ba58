import { THREAD_TYPE_LABELS, THREAD_TYPES, type Thread, type ThreadType } from '@roundtable/profile';
import { type FormEvent, type JSX, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { CommentTarget } from './commentTarget.ts';
import type { ThreadActions } from './ThreadActions.ts';
import { useAsyncAction } from './useAsyncAction.ts';

interface ComposerProps {
  target: CommentTarget;
  indicatorTitle: string | undefined;
  actions: ThreadActions;
  onCancel: () => void;
  onOpened: (thread: Thread) => void;
}

/** Ctrl/Cmd+Enter sends a form from its text areas. */
export function submitOnModEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

/** A new thread on an indicator or on the selected text of its finding. */
export function Composer({ target, indicatorTitle, actions, onCancel, onOpened }: ComposerProps): JSX.Element {
  const [type, setType] = useState<ThreadType | null>(null);
  const [body, setBody] = useState('');
  const [proposing, setProposing] = useState(false);
  const [proposed, setProposed] = useState(target.anchor?.quote ?? '');
  const [missingType, setMissingType] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const typeId = useId();
  const submit = useAsyncAction(async () => {
    if (type === null) return;
    const thread = await actions.open({
      indicatorId: target.indicatorId,
      type,
      body: body.trim(),
      ...(proposing && proposed.trim() !== '' ? { proposedText: proposed.trim() } : {}),
      ...(target.anchor === undefined ? {} : { anchor: target.anchor }),
    });
    onOpened(thread);
  });

  useEffect(() => {
    bodyRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (type === null) {
      setMissingType(true);
      return;
    }
    if (body.trim() === '' || submit.pending) return;
    void submit.run();
  };

  return (
    <form
      className="rt-composer"
      aria-labelledby={titleId}
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <header className="rt-composer__head">
        <h3 id={titleId} className="rt-composer__title">
          {target.anchor === undefined ? 'Comment on the indicator' : 'Comment on the selected text'}
        </h3>
        <button type="button" className="rt-close" aria-label="Cancel the comment" onClick={onCancel}>
          ×
        </button>
      </header>
      <p className="rt-composer__where">
        <span className="rt-composer__id">{target.indicatorId}</span> {indicatorTitle ?? ''}
      </p>
      {target.anchor !== undefined && <blockquote className="rt-quote-snippet">{target.anchor.quote}</blockquote>}
      <fieldset className="rt-composer__types" aria-describedby={missingType ? typeId : undefined}>
        <legend className="rt-field__label">Type</legend>
        <div className="rt-chips">
          {THREAD_TYPES.map((t) => (
            <label key={t} className={`rt-chip rt-type--${t}${type === t ? ' rt-chip--on' : ''}`}>
              <input
                type="radio"
                name="thread-type"
                value={t}
                checked={type === t}
                onChange={() => {
                  setType(t);
                  setMissingType(false);
                }}
              />
              {THREAD_TYPE_LABELS[t]}
            </label>
          ))}
        </div>
        {missingType && (
          <p id={typeId} className="rt-form-error">
            Choose what kind of comment this is.
          </p>
        )}
      </fieldset>
      <label className="rt-field">
        <span className="rt-field__label">Comment</span>
        <textarea
          ref={bodyRef}
          className="rt-textarea"
          rows={4}
          maxLength={5000}
          placeholder="What should change, and why? Name the law, decree or source if you can."
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={submitOnModEnter}
        />
      </label>
      {proposing ? (
        <label className="rt-field">
          <span className="rt-field__label">
            Proposed wording{' '}
            <span className="rt-field__hint">
              {target.anchor === undefined ? 'for the finding' : 'replaces the selected text'}
            </span>
          </span>
          <textarea
            className="rt-textarea rt-textarea--proposal"
            rows={3}
            maxLength={5000}
            value={proposed}
            onChange={(event) => setProposed(event.target.value)}
            onKeyDown={submitOnModEnter}
          />
        </label>
      ) : (
        <button type="button" className="rt-link-button" onClick={() => setProposing(true)}>
          + Propose new wording
        </button>
      )}
      {submit.error !== null && (
        <p className="rt-form-error" role="alert">
          {submit.error}
        </p>
      )}
      <div className="rt-composer__actions">
        <span className="rt-composer__hint">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to post
        </span>
        <button type="button" className="rt-button rt-button--small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="rt-button rt-button--primary rt-button--small"
          disabled={body.trim() === '' || submit.pending}
        >
          {submit.pending ? 'Posting…' : 'Post comment'}
        </button>
      </div>
    </form>
  );
}
