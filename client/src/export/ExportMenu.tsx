import { type JSX, type ReactNode, useEffect, useRef } from 'react';
import type { CommentFilters } from '../comments/commentFilters.ts';
import { useT } from '../i18n/useI18n.ts';
import { exportLinks } from './exportLinks.ts';

interface ExportMenuProps {
  consultationId: string;
  /** Shown under the downloads: the language the documents are written in, for who may change it. */
  setting?: ReactNode;
  /** The comment sidebar's filters: the matrix downloads what they select. */
  filters: CommentFilters;
}

/**
 * The top bar's Export menu, for roles that may export: the comment matrix
 * (Excel, CSV) narrowed by the sidebar's filters, and the profile as Word
 * (clean or with open comments), a print page (to save as PDF) and the
 * Markdown import template. Closes on Escape (focus back on its button), on
 * a click outside and after a choice.
 */
export function ExportMenu({ consultationId, filters, setting }: ExportMenuProps): JSX.Element {
  const t = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (event: Event): void => {
      const menu = ref.current;
      if (menu === null || !menu.open) return;
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && menu.contains(event.target as Node)) return;
      // Escape from inside the menu gives focus back to its button, as other menus do.
      const hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (event instanceof KeyboardEvent && hadFocus) menu.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, []);
  const links = exportLinks(consultationId, filters);
  return (
    <details className="rt-export" ref={ref}>
      <summary className="rt-button rt-button--small rt-export__toggle">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
        </svg>
        {t('exportMenu.title')}
      </summary>
      <ul className="rt-export__menu" aria-label={t('exportMenu.title')}>
        {links.map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              {...(link.download ? { download: '' } : { target: '_blank', rel: 'noopener' })}
              onClick={() => {
                if (ref.current !== null) ref.current.open = false;
              }}
            >
              <span className="rt-export__label">{t(link.label)}</span>
              <span className="rt-export__hint">{t(link.hint)}</span>
            </a>
          </li>
        ))}
        {setting !== undefined && setting !== false && <li className="rt-export__setting">{setting}</li>}
      </ul>
    </details>
  );
}
