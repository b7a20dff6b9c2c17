import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackCandidate, PackImportResult, PackListing } from '../../electron/ipc/contract';
import { host } from '../host';
import { isManaged, isSessionGone } from './admin-errors';

interface PackImportSectionProps {
  staffLanguage: string;
  onSessionLost: () => void;
}

type Outcome =
  | { kind: 'imported'; result: Extract<PackImportResult, { ok: true }> }
  | {
      kind: 'refused';
      result: Extract<PackImportResult, { ok: false }>;
    }
  | { kind: 'restored' }
  | { kind: 'managed' }
  | { kind: 'failed' };

/**
 * Staff import of a content pack: lists the packs on USB drives and in the import
 * folder (the app's own list: no OS file dialog, a classic kiosk escape), checks the
 * chosen one fully, copies it in with a progress bar, and reports every problem in
 * plain words. The pack in use keeps playing until the new one is in place.
 *
 * While the fleet policy names the pack, the tab only shows it, as set by IT: no
 * import, no restore (the main process refuses both anyway).
 */
export function PackImportSection({ staffLanguage, onSessionLost }: PackImportSectionProps) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [listing, setListing] = useState<PackListing | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [folder, setFolder] = useState('');
  const [folderMessage, setFolderMessage] = useState('');

  const failed = useCallback(
    (error: unknown) => {
      if (isSessionGone(error)) onSessionLost();
      else if (isManaged(error)) setOutcome({ kind: 'managed' });
      else setOutcome({ kind: 'failed' });
    },
    [onSessionLost],
  );

  const look = useCallback(() => {
    host()
      .listPacks()
      .then((next) => {
        setListing(next);
        setFolder(next.importFolder);
      })
      .catch(failed);
  }, [failed]);
  useEffect(look, [look]);

  useEffect(() => host().onPackImportProgress(setProgress), []);

  async function importPack(candidate: PackCandidate) {
    setBusy(candidate.id);
    setOutcome(null);
    setProgress(null);
    try {
      const result = await host().importPack(candidate.id);
      setOutcome(result.ok ? { kind: 'imported', result } : { kind: 'refused', result });
      look();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  }

  async function restore() {
    setBusy('restore');
    setOutcome(null);
    try {
      await host().restoreBuiltInPack();
      setOutcome({ kind: 'restored' });
      look();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  }

  async function saveFolder() {
    try {
      const result = await host().setPackImportFolder(folder);
      setFolderMessage(
        result.ok ? t('packs.folderSaved') : t(`packs.folderProblems.${result.problem}`),
      );
      if (result.ok) look();
    } catch (error) {
      failed(error);
    }
  }

  const active = listing?.active;
  const policyPack = listing?.policyPack ?? null;
  const percent =
    progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <section className="pack-import" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <div className="pack-active">
        <h3>{t('packs.activeTitle')}</h3>
        {active ? (
          <p data-testid="active-pack">
            <bdi>{active.title}</bdi> · {t('packs.version', { version: active.version })} ·{' '}
            <bdi>{active.publisher}</bdi>
            {active.builtIn ? ` · ${t('packs.builtIn')}` : ''}
          </p>
        ) : (
          <p>{t('packs.noActive')}</p>
        )}
        {policyPack ? (
          <>
            <p className="managed" data-testid="pack-managed">
              {t('setByIt')}
            </p>
            <p data-testid="pack-policy">
              {policyPack === 'applying'
                ? t('packs.policyApplying')
                : policyPack === 'failed'
                  ? t('packs.policyFailed')
                  : t('packs.managedHint')}
            </p>
          </>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy !== null}
            onClick={restore}
          >
            {t('packs.restore')}
          </button>
        )}
      </div>

      {busy && busy !== 'restore' ? (
        <div className="pack-progress">
          <label htmlFor="pack-progress">{t('packs.copying', { percent })}</label>
          <progress id="pack-progress" max={100} value={percent} />
        </div>
      ) : null}

      <div role="status" className="admin-status">
        {outcome?.kind === 'imported'
          ? t('packs.imported', {
              title: outcome.result.pack.title,
              version: outcome.result.pack.version,
            })
          : outcome?.kind === 'restored'
            ? t('packs.restored')
            : outcome?.kind === 'managed'
              ? t('packs.managedRefused')
              : outcome?.kind === 'failed'
                ? t('packs.callFailed')
                : ''}
      </div>
      {outcome?.kind === 'refused' ? (
        <div role="alert" className="pack-report" data-testid="pack-report">
          <p className="pack-report-title">
            {t('packs.refused', { count: outcome.result.problems.length })}
          </p>
          <ul>
            {outcome.result.problems.map((problem, index) => (
              <li key={index} lang="en" dir="ltr">
                <code>{problem.file}</code>: {problem.problem}
              </li>
            ))}
          </ul>
          <p>{t('packs.keptPrevious')}</p>
        </div>
      ) : null}

      {!policyPack ? (
        <>
          <div className="pack-found">
            <h3>{t('packs.foundTitle')}</h3>
            {listing && listing.candidates.length === 0 ? <p>{t('packs.noneFound')}</p> : null}
            <ul className="pack-list">
              {listing?.candidates.map((candidate) => (
                <li key={candidate.id} className="pack-candidate">
                  <div>
                    <p className="pack-candidate-title">
                      {candidate.title ? <bdi>{candidate.title}</bdi> : t('packs.untitled')}
                      {candidate.version
                        ? ` · ${t('packs.version', { version: candidate.version })}`
                        : ''}
                    </p>
                    <p className="pack-candidate-where">
                      {t(candidate.source === 'drive' ? 'packs.onDrive' : 'packs.inFolder')} ·{' '}
                      {t(candidate.kind === 'zip' ? 'packs.zip' : 'packs.folder')} ·{' '}
                      <bdi dir="ltr">{candidate.location}</bdi>
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={busy !== null}
                    aria-label={t('packs.useLabel', {
                      name: candidate.title ?? candidate.location,
                    })}
                    onClick={() => importPack(candidate)}
                  >
                    {t('packs.use')}
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy !== null}
              onClick={look}
            >
              {t('packs.lookAgain')}
            </button>
          </div>

          <div className="pack-folder field">
            <label htmlFor="pack-folder">{t('packs.folderLabel')}</label>
            <p className="field-hint" id="pack-folder-hint">
              {t('packs.folderHint')}
            </p>
            <div className="pack-folder-row">
              <input
                id="pack-folder"
                className="text-input"
                type="text"
                dir="ltr"
                spellCheck={false}
                autoComplete="off"
                aria-describedby="pack-folder-hint"
                value={folder}
                onChange={(event) => setFolder(event.target.value)}
              />
              <button type="button" className="button button-secondary" onClick={saveFolder}>
                {t('packs.folderSave')}
              </button>
            </div>
            {folderMessage ? <p className="admin-status">{folderMessage}</p> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
