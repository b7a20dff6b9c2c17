import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferFile, TransferPlace } from '../../electron/ipc/contract';
import { host } from '../host';
import type { SectionProps } from './AdminPanel';
import { isSessionGone } from './admin-errors';
import { knownIssue } from './field-issues';

interface BackupSectionProps extends SectionProps {
  /** An import replaced the settings: the panel reloads them, so every tab shows the new ones. */
  onImported: () => void;
}

/**
 * Export and import through places the kiosk lists (USB drives, its transfer folder):
 * no file dialog, which would be a way out of the kiosk.
 */
export function BackupSection({ staffLanguage, onSessionLost, onImported }: BackupSectionProps) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [places, setPlaces] = useState<TransferPlace[] | null>(null);
  const [place, setPlace] = useState<string | null>(null);
  const [files, setFiles] = useState<TransferFile[]>([]);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const failed = useCallback(
    (error: unknown) => {
      if (isSessionGone(error)) onSessionLost();
      else setMessage(t('callFailed'));
    },
    [onSessionLost, t],
  );

  const loadPlaces = useCallback(() => {
    host()
      .adminTransferPlaces()
      .then((found) => {
        setPlaces(found);
        setPlace((current) => (current && found.some((p) => p.id === current) ? current : (found[0]?.id ?? null)));
      })
      .catch(failed);
  }, [failed]);

  useEffect(loadPlaces, [loadPlaces]);

  const loadFiles = useCallback(() => {
    if (!place) return;
    host().adminTransferFiles(place).then(setFiles).catch(failed);
  }, [place, failed]);
  useEffect(loadFiles, [loadFiles]);

  async function exportHere() {
    if (!place) return;
    try {
      const result = await host().adminExport(place);
      setMessage(result.ok ? t('backup.exported', { file: result.fileName }) : t(`backup.reasons.${result.reason}`));
      loadFiles();
    } catch (error) {
      failed(error);
    }
  }

  async function importFile(file: string) {
    if (!place) return;
    setConfirm(null);
    try {
      const result = await host().adminImport(place, file);
      if (result.ok) {
        setMessage(result.skipped.length > 0 ? t('backup.importSkipped') : t('backup.imported'));
        onImported();
      } else {
        const detail = result.issues?.[0];
        const issue = knownIssue(detail?.code);
        setMessage(
          t(`backup.reasons.${result.reason}`) + (issue && detail ? ` (${detail.path}: ${t(`issues.${issue}`)})` : ''),
        );
      }
    } catch (error) {
      failed(error);
    }
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.hint')}</p>
      <p className="admin-status" role="status">
        <bdi>{message}</bdi>
      </p>
      <fieldset className="field">
        <legend>{t('backup.places')}</legend>
        {places && places.length === 0 ? <p>{t('backup.noPlaces')}</p> : null}
        <div className="place-list">
          {(places ?? []).map((item) => (
            <label key={item.id} className="check">
              <input type="radio" name="place" checked={place === item.id} onChange={() => setPlace(item.id)} />
              <bdi>{item.kind === 'drive' ? t('backup.drive', { label: item.label }) : t('backup.folder', { label: item.label })}</bdi>
            </label>
          ))}
        </div>
        <button type="button" className="button" onClick={loadPlaces}>
          {t('backup.refresh')}
        </button>
      </fieldset>
      {place ? (
        <>
          <button type="button" className="button button-primary" onClick={() => void exportHere()}>
            {t('backup.export')}
          </button>
          <h3>{t('backup.files')}</h3>
          {files.length === 0 ? <p>{t('backup.noFiles')}</p> : null}
          <ul className="file-list">
            {files.map((file) => (
              <li key={file.name}>
                <bdi className="file-name">{file.name}</bdi>
                {confirm === file.name ? (
                  <div className="confirm" role="alertdialog" aria-labelledby="import-confirm">
                    <p id="import-confirm">{t('backup.importConfirm', { file: file.name })}</p>
                    <button type="button" className="button button-secondary" onClick={() => setConfirm(null)}>
                      {t('cancel')}
                    </button>
                    <button type="button" className="button button-primary" onClick={() => void importFile(file.name)}>
                      {t('backup.importYes')}
                    </button>
                  </div>
                ) : (
                  <button type="button" className="button" onClick={() => setConfirm(file.name)} aria-label={`${t('backup.import')}: ${file.name}`}>
                    {t('backup.import')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
