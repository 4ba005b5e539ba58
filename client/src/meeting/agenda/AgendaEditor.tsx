import { MAX_AGENDA_MINUTES, type MeetingOutline, targetKey, targetName } from '@roundtable/meeting';
import { type JSX, useMemo, useState } from 'react';
import { useT } from '../../i18n/useI18n.ts';
import { addItem, agendaChoices, type DraftItem, moveItem, totalMinutes } from './agendaDraft.ts';

interface AgendaEditorProps {
  initial: DraftItem[];
  outline: MeetingOutline;
  pending: boolean;
  onSave: (items: DraftItem[]) => void;
  onCancel: () => void;
}

/** Facilitators plan the agenda: items in order, each with its time box in minutes. */
export function AgendaEditor({ initial, outline, pending, onSave, onCancel }: AgendaEditorProps): JSX.Element {
  const t = useT();
  const [items, setItems] = useState(initial);
  const choices = useMemo(() => agendaChoices(outline, t), [outline, t]);
  const [adding, setAdding] = useState('');
  const planned = new Set(items.map((i) => targetKey(i.target)));
  const setMinutes = (index: number, minutes: number): void =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, minutes } : item)));

  return (
    <form
      className="rt-agenda-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(items);
      }}
    >
      <ol className="rt-agenda-editor__list">
        {items.map((item, index) => {
          const label = targetName(item.target, outline, t);
          return (
            <li key={targetKey(item.target)} className="rt-agenda-editor__item">
              <span className="rt-agenda-editor__label" title={label}>
                {label}
              </span>
              <label className="rt-agenda-editor__minutes">
                <input
                  type="number"
                  min={1}
                  max={MAX_AGENDA_MINUTES}
                  value={item.minutes}
                  aria-label={t('meeting.agenda.minutesFor', { item: label })}
                  onChange={(e) =>
                    setMinutes(index, Math.max(1, Math.min(MAX_AGENDA_MINUTES, Number(e.target.value) || 1)))
                  }
                />
                {t('meeting.agenda.minutesUnit')}
              </label>
              <span className="rt-agenda-editor__moves">
                <button
                  type="button"
                  className="rt-icon-button rt-icon-button--sm"
                  aria-label={t('meeting.agenda.moveUp', { item: label })}
                  disabled={index === 0}
                  onClick={() => setItems((all) => moveItem(all, index, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="rt-icon-button rt-icon-button--sm"
                  aria-label={t('meeting.agenda.moveDown', { item: label })}
                  disabled={index === items.length - 1}
                  onClick={() => setItems((all) => moveItem(all, index, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="rt-icon-button rt-icon-button--sm"
                  aria-label={t('meeting.agenda.remove', { item: label })}
                  onClick={() => setItems((all) => all.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="rt-agenda-editor__add">
        <select
          className="rt-select"
          aria-label={t('meeting.agenda.add')}
          value={adding}
          onChange={(e) => {
            const choice = choices.find((c) => targetKey(c.target) === e.target.value);
            if (choice !== undefined)
              setItems((all) => addItem(all, choice.target, choice.target.kind === 'domain' ? 30 : 5));
            setAdding('');
          }}
        >
          <option value="">{t('meeting.agenda.addPlaceholder')}</option>
          {choices.map((c) => (
            <option key={targetKey(c.target)} value={targetKey(c.target)} disabled={planned.has(targetKey(c.target))}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="rt-agenda-editor__actions">
        <span className="rt-agenda-editor__total">{t('meeting.agenda.total', { minutes: totalMinutes(items) })}</span>
        <button type="button" className="rt-button rt-button--small" onClick={onCancel}>
          {t('meeting.agenda.cancel')}
        </button>
        <button type="submit" className="rt-button rt-button--small rt-button--primary" disabled={pending}>
          {t('meeting.agenda.save')}
        </button>
      </div>
    </form>
  );
}
