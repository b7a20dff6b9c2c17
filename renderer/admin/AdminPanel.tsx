import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminSettingsView, FieldIssue, Guide } from '../../electron/ipc/contract';
import { host } from '../host';
import { AboutSection } from './AboutSection';
import { isSessionGone } from './admin-errors';
import { BackupSection } from './BackupSection';
import { ContactsSection } from './ContactsSection';
import { KioskSection } from './KioskSection';
import { PackImportSection } from './PackImportSection';
import { TeachingSettings } from './TeachingSettings';
import { WardSection } from './WardSection';

const TABS = ['contacts', 'ward', 'kiosk', 'teaching', 'backup', 'packs', 'about'] as const;
type Tab = (typeof TABS)[number];

/** Staff input keeps the main process's 5-minute session alive; told at most this often. */
const ACTIVITY_EVERY_MS = 15_000;

/** Saves a patch; resolves to the field issues, or [] when saved. */
export type SaveSettings = (patch: Record<string, unknown>) => Promise<FieldIssue[]>;

export interface SectionProps {
  view: AdminSettingsView;
  save: SaveSettings;
  staffLanguage: string;
  onSessionLost: () => void;
}

export function AdminPanel({
  staffLanguage,
  guide,
  onDone,
  onSessionLost,
}: {
  staffLanguage: string;
  guide: Guide;
  onDone: () => void;
  onSessionLost: () => void;
}) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [tab, setTab] = useState<Tab>('contacts');
  const [view, setView] = useState<AdminSettingsView | null>(null);
  const lastActivity = useRef(0);

  const mounted = useRef(true);
  /** Reads the settings from the main process: on opening, and after an import replaced them. */
  const loadView = useCallback(() => {
    host()
      .adminGetSettings()
      .then((next) => {
        if (mounted.current) setView(next);
      })
      .catch((error: unknown) => {
        if (mounted.current && isSessionGone(error)) onSessionLost();
      });
  }, [onSessionLost]);
  useEffect(() => {
    mounted.current = true;
    loadView();
    return () => {
      mounted.current = false;
    };
  }, [loadView]);

  useEffect(() => {
    function onInput() {
      const now = Date.now();
      if (now - lastActivity.current < ACTIVITY_EVERY_MS) return;
      lastActivity.current = now;
      host()
        .adminActivity()
        .then((open) => {
          if (!open) onSessionLost();
        })
        .catch(() => onSessionLost());
    }
    window.addEventListener('pointerdown', onInput, true);
    window.addEventListener('keydown', onInput, true);
    return () => {
      window.removeEventListener('pointerdown', onInput, true);
      window.removeEventListener('keydown', onInput, true);
    };
  }, [onSessionLost]);

  const save: SaveSettings = useCallback(
    async (patch) => {
      try {
        const result = await host().adminSave(patch);
        if (!result.ok) return result.issues;
        setView(result.view);
        return [];
      } catch (error) {
        if (isSessionGone(error)) onSessionLost();
        return [{ path: '', code: 'invalid' }];
      }
    },
    [onSessionLost],
  );

  useEffect(() => {
    document.getElementById('admin-title')?.focus();
  }, [tab]);

  const props = view ? { view, save, staffLanguage, onSessionLost } : null;
  return (
    <div className="admin-panel">
      <header className="admin-header">
        <h1 id="admin-title" tabIndex={-1}>
          {t('title')}
          {view?.settings.wardName ? (
            <>
              {' · '}
              <bdi>{view.settings.wardName}</bdi>
            </>
          ) : null}
        </h1>
        <button type="button" className="button button-primary admin-done" onClick={onDone}>
          {t('done')}
        </button>
      </header>
      {view?.unsaved ? (
        <p role="alert" className="admin-unsaved" data-testid="admin-unsaved">
          {t('unsavedNotice')}
        </p>
      ) : null}
      <nav className="admin-tabs" aria-label={t('tabs.label')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            className={`button admin-tab${tab === name ? ' current' : ''}`}
            aria-current={tab === name ? 'page' : undefined}
            onClick={() => setTab(name)}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </nav>
      <div className="admin-section" data-section={tab}>
        {!props ? (
          <div aria-busy="true" />
        ) : tab === 'contacts' ? (
          <ContactsSection {...props} />
        ) : tab === 'ward' ? (
          <WardSection {...props} />
        ) : tab === 'kiosk' ? (
          <KioskSection {...props} />
        ) : tab === 'teaching' ? (
          <TeachingSettings />
        ) : tab === 'backup' ? (
          <BackupSection {...props} onImported={loadView} />
        ) : tab === 'packs' ? (
          <PackImportSection staffLanguage={staffLanguage} onSessionLost={onSessionLost} />
        ) : (
          <AboutSection {...props} guide={guide} />
        )}
      </div>
    </div>
  );
}
