import type { VersionContent } from '@roundtable/profile';
import { type JSX, useState } from 'react';
import { errorLineOf } from '../app/apiErrorKeys.ts';
import { Modal } from '../app/Modal.tsx';
import { useI18n, useT } from '../i18n/useI18n.ts';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { useVersions } from './useVersions.ts';
import { VersionCompare } from './VersionCompare.tsx';
import { VersionView } from './VersionView.tsx';
import { CURRENT, openVersion, restoreVersion } from './versionApi.ts';

interface VersionsDialogProps {
  consultationId: string;
  /** Facilitators save and restore; everyone lists, opens and compares. */
  mayManage: boolean;
  onClose: () => void;
}

type View = { kind: 'list' } | { kind: 'open'; content: VersionContent } | { kind: 'compare'; from: string };

/** Named versions: save (facilitators), list, open read-only, compare two with a word diff, restore (facilitators). */
export function VersionsDialog({ consultationId, mayManage, onClose }: VersionsDialogProps): JSX.Element {
  const t = useT();
  const { intl } = useI18n();
  const { versions, error, reload } = useVersions(consultationId);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [notice, setNotice] = useState<string | null>(null);
  const restore = async (versionId: string, indicatorId?: string) => {
    const question =
      indicatorId === undefined
        ? t('versions.restore.confirmAll')
        : t('versions.restore.confirmIndicator', { indicator: indicatorId });
    if (!window.confirm(question)) return;
    try {
      const result = await restoreVersion(consultationId, versionId, indicatorId);
      setNotice(
        result.changed
          ? t('versions.restore.done', {
              indicators: result.restored.indicators.length,
              sections: result.restored.sections.length,
            })
          : t('versions.restore.nothing'),
      );
    } catch (e) {
      setNotice(errorLineOf(t, e));
    }
  };
  const open = async (versionId: string) => {
    try {
      setView({ kind: 'open', content: await openVersion(consultationId, versionId) });
    } catch (e) {
      setNotice(errorLineOf(t, e));
    }
  };
  return (
    <Modal labelledBy="rt-versions-title" onClose={onClose}>
      <div className="rt-modal rt-versions">
        <header className="rt-dialog__header">
          <h2 id="rt-versions-title">{t('versions.dialog.title')}</h2>
          {view.kind !== 'list' && (
            <button type="button" className="rt-button" onClick={() => setView({ kind: 'list' })}>
              {t('versions.dialog.all')}
            </button>
          )}
          <button type="button" className="rt-button" onClick={onClose}>
            {t('versions.dialog.close')}
          </button>
        </header>
        {notice !== null && (
          <p role="status" className="rt-versions__notice">
            {notice}
          </p>
        )}
        {view.kind === 'list' && (
          <>
            {mayManage && <SaveVersionForm consultationId={consultationId} onSaved={reload} />}
            {error !== null && <p role="alert">{error}</p>}
            {versions !== null && versions.length === 0 && <p>{t('versions.list.empty')}</p>}
            <ul className="rt-versions__list">
              {(versions ?? []).map((v) => (
                <li key={v.id} data-version={v.id}>
                  <strong>{v.name}</strong>{' '}
                  <span className="rt-versions__meta">
                    {intl.formatDate(v.savedAt, { dateStyle: 'medium', timeStyle: 'short' })}, {v.savedBy.name}
                  </span>
                  <button type="button" className="rt-button rt-button--small" onClick={() => void open(v.id)}>
                    {t('versions.list.open')}
                  </button>
                  <button
                    type="button"
                    className="rt-button rt-button--small"
                    onClick={() => setView({ kind: 'compare', from: v.id })}
                  >
                    {t('versions.list.compare')}
                  </button>
                  {mayManage && (
                    <button type="button" className="rt-button rt-button--small" onClick={() => void restore(v.id)}>
                      {t('versions.list.restoreAll')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {view.kind === 'open' && <VersionView content={view.content} />}
        {view.kind === 'compare' && (
          <VersionCompare
            consultationId={consultationId}
            versions={versions ?? []}
            initialFrom={view.from || CURRENT}
            mayRestore={mayManage}
            onRestore={(versionId, indicatorId) => void restore(versionId, indicatorId)}
          />
        )}
      </div>
    </Modal>
  );
}
