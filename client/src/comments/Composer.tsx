import type { Thread, ThreadType } from '@roundtable/profile';
import { type FormEvent, type JSX, type ReactNode, useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useFocusOnMount } from '../app/useFocusOnMount.ts';
import { MOD } from '../help/shortcutKeys.ts';
import { useT } from '../i18n/useI18n.ts';
import type { CommentTarget } from './commentTarget.ts';
import { ProposalField } from './ProposalField.tsx';
import { submitOnModEnter } from './submitOnModEnter.ts';
import type { ThreadActions } from './ThreadActions.ts';
import { ThreadTypeChoice } from './ThreadTypeChoice.tsx';
import { useAsyncAction } from './useAsyncAction.ts';

interface ComposerProps {
  target: CommentTarget;
  indicatorTitle: string | undefined;
  actions: ThreadActions;
  onCancel: () => void;
  onOpened: (thread: Thread) => void;
}

/** A new thread on an indicator or on the selected text of its finding. */
export function Composer({ target, indicatorTitle, actions, onCancel, onOpened }: ComposerProps): JSX.Element {
  const t = useT();
  const [type, setType] = useState<ThreadType | null>(null);
  const [body, setBody] = useState('');
  const [proposing, setProposing] = useState(false);
  const [proposed, setProposed] = useState(target.anchor?.quote ?? '');
  const [missingType, setMissingType] = useState(false);
  // Focused as the composer is drawn: keys typed right after opening it go to the comment, not the draft.
  const bodyRef = useFocusOnMount<HTMLTextAreaElement>();
  const titleId = useId();
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

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (type === null) {
      setMissingType(true);
      // To the choice that is missing, whose group the message describes: the Post button says nothing of it.
      (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="thread-type"]')?.focus();
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
          {target.anchor === undefined ? t('comments.composer.onIndicator') : t('comments.composer.onSelection')}
        </h3>
        <button type="button" className="rt-close" aria-label={t('comments.composer.cancel')} onClick={onCancel}>
          ×
        </button>
      </header>
      <p className="rt-composer__where">
        <span className="rt-composer__id">{target.indicatorId}</span> {indicatorTitle ?? ''}
      </p>
      {target.anchor !== undefined && <blockquote className="rt-quote-snippet">{target.anchor.quote}</blockquote>}
      <ThreadTypeChoice
        value={type}
        onChange={(t) => {
          setType(t);
          setMissingType(false);
        }}
        missing={missingType}
      />
      <label className="rt-field">
        <span className="rt-field__label">{t('comments.composer.body')}</span>
        <textarea
          ref={bodyRef}
          className="rt-textarea"
          rows={4}
          maxLength={5000}
          placeholder={t('comments.composer.placeholder')}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={submitOnModEnter}
        />
      </label>
      <ProposalField
        open={proposing}
        onOpen={() => setProposing(true)}
        value={proposed}
        onChange={setProposed}
        onSelection={target.anchor !== undefined}
      />
      {submit.error !== null && (
        <p className="rt-form-error" role="alert">
          {submit.error}
        </p>
      )}
      <div className="rt-composer__actions">
        <span className="rt-composer__hint">
          <FormattedMessage
            id="comments.composer.keysHint"
            values={{ mod: MOD, kbd: (keys: ReactNode[]) => <kbd>{keys}</kbd> }}
          />
        </span>
        <button type="button" className="rt-button rt-button--small" onClick={onCancel}>
          {t('comments.action.cancel')}
        </button>
        <button
          type="submit"
          className="rt-button rt-button--primary rt-button--small"
          disabled={body.trim() === '' || submit.pending}
        >
          {submit.pending ? t('comments.composer.posting') : t('comments.composer.post')}
        </button>
      </div>
    </form>
  );
}
