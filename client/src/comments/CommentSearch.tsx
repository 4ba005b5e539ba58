import type { JSX } from 'react';
import { useT } from '../i18n/useI18n.ts';

interface CommentSearchProps {
  value: string;
  onChange: (value: string) => void;
}

/** "Search comments": narrows the list to threads whose text, people or quote contain what is typed. */
export function CommentSearch({ value, onChange }: CommentSearchProps): JSX.Element {
  const t = useT();
  return (
    <input
      type="search"
      className="rt-input rt-filters__search"
      aria-label={t('comments.filters.search')}
      placeholder={t('comments.filters.search')}
      maxLength={200}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
