import { type JSX, type ReactNode, Suspense, useRef, useState } from 'react';
import { LazyExportMenuList } from '../app/lazyPanels.ts';
import { useMenuDismissal } from '../app/useMenuDismissal.ts';
import type { CommentFilters } from '../comments/commentFilters.ts';
import { useT } from '../i18n/useI18n.ts';

interface ExportMenuProps {
  consultationId: string;
  /** Shown under the downloads: the language the documents are written in, for who may change it. */
  setting?: ReactNode;
  /** The comment sidebar's filters: while they narrow the list, a matrix of what they select is offered too. */
  filters: CommentFilters;
  /** Whether the page's deferred parts may load (`usePanelsReady`): the list loads then, or when first opened. */
  ready: boolean;
}

/**
 * The menu while its list's code loads: busy, with nothing to choose or Tab to,
 * so the keyboard goes on from the menu's button as with the menu closed, and
 * Escape closes it as usual. The list takes its place when it arrives.
 */
function ExportMenuLoading(): JSX.Element {
  const t = useT();
  return (
    <ul className="rt-menu rt-export__menu" aria-label={t('exportMenu.title')} aria-busy="true">
      <li className="rt-export__loading">{t('app.loading')}</li>
    </ul>
  );
}

/**
 * The top bar's Export menu, for roles that may export: the comment matrix
 * (Excel, CSV) narrowed by the sidebar's filters, and the profile as Word
 * (clean or with open comments), a print page (to save as PDF) and the
 * Markdown import template. Closes on Escape (focus back on its button), on
 * a click outside and after a choice. Opened before its list's code is
 * there, it says it is loading (`ExportMenuLoading`) and fills in when it is.
 */
export function ExportMenu({ consultationId, filters, setting, ready }: ExportMenuProps): JSX.Element {
  const t = useT();
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useMenuDismissal(ref);
  return (
    <details className="rt-export" ref={ref} onToggle={() => setOpened(true)}>
      <summary className="rt-button rt-button--small rt-export__toggle">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
        </svg>
        {t('exportMenu.title')}
      </summary>
      {/* The list's code loads with the panels, after the editor is live (or when opened, if sooner). */}
      {(ready || opened) && (
        <Suspense fallback={<ExportMenuLoading />}>
          <LazyExportMenuList
            consultationId={consultationId}
            filters={filters}
            setting={setting}
            onChoose={() => {
              if (ref.current !== null) ref.current.open = false;
            }}
          />
        </Suspense>
      )}
    </details>
  );
}
