import type { JSX, ReactNode } from 'react';
import type { CommentFilters } from '../comments/commentFilters.ts';
import { useT } from '../i18n/useI18n.ts';
import { exportLinks } from './exportLinks.ts';

interface ExportMenuListProps {
  consultationId: string;
  filters: CommentFilters;
  /** Shown under the downloads (the documents' language, for who may change it). */
  setting?: ReactNode;
  /** After a choice: the menu closes. */
  onChoose: () => void;
}

/** The Export menu's downloads and pages (`ExportMenu`): the whole matrix first, then the filtered one if any. */
export function ExportMenuList({ consultationId, filters, setting, onChoose }: ExportMenuListProps): JSX.Element {
  const t = useT();
  const links = exportLinks(consultationId, filters);
  return (
    <ul className="rt-menu rt-export__menu" aria-label={t('exportMenu.title')}>
      {links.map((link) => (
        <li key={link.id}>
          <a
            href={link.href}
            {...(link.download ? { download: '' } : { target: '_blank', rel: 'noopener' })}
            onClick={onChoose}
          >
            <span className="rt-export__label">{t(link.label)}</span>
            <span className="rt-export__hint">{t(link.hint)}</span>
          </a>
        </li>
      ))}
      {setting !== undefined && setting !== false && <li className="rt-export__setting">{setting}</li>}
    </ul>
  );
}
