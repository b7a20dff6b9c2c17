import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AboutKiosk, Guide } from '../../electron/ipc/contract';
import { host } from '../host';
import { LOCALES } from '../i18n/languages';
import type { SectionProps } from './AdminPanel';
import { isSessionGone } from './admin-errors';

/** Read-only facts IT asks for on the phone: versions, translations, repairs, where the log is. */
export function AboutSection({ staffLanguage, onSessionLost, guide }: SectionProps & { guide: Guide }) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [about, setAbout] = useState<AboutKiosk | null>(null);

  useEffect(() => {
    let active = true;
    host()
      .adminAbout()
      .then((found) => {
        if (active) setAbout(found);
      })
      .catch((error: unknown) => {
        if (active && isSessionGone(error)) onSessionLost();
      });
    return () => {
      active = false;
    };
  }, [onSessionLost]);

  const date = (iso: string) =>
    new Intl.DateTimeFormat(staffLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const recovery = about?.lastRecovery;

  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <dl className="about-list">
        <dt>{t('about.appVersion')}</dt>
        <dd>{about?.appVersion ?? '…'}</dd>
        <dt>{t('about.packVersion')}</dt>
        <dd>
          <bdi>
            {guide.pack.title} {guide.pack.version}
          </bdi>
        </dd>
        <dt>{t('about.packPublisher')}</dt>
        <dd data-testid="about-pack-publisher">
          <bdi>{guide.pack.publisher}</bdi>
        </dd>
        <dt>{t('about.packLicence')}</dt>
        <dd data-testid="about-pack-licence">
          <bdi>{guide.pack.licence}</bdi>
        </dd>
        <dt>{t('about.recovery')}</dt>
        <dd data-testid="about-recovery">
          {!about ? '…' : recovery ? (
            <>
              {t('about.recoveryText', {
                date: date(recovery.at),
                problem: t(`about.problems.${recovery.problem}`),
                restored: t(`about.restored.${recovery.restored}`),
              })}
              {recovery.lastGoodProblem ? (
                <> {t('about.lastGoodProblem', { problem: t(`about.problems.${recovery.lastGoodProblem}`) })}</>
              ) : null}
              {recovery.setAside && recovery.setAside.length > 0 ? (
                <>
                  {' '}
                  {t('about.setAside', { fields: recovery.setAside.join(', ') })}
                </>
              ) : null}
              {recovery.brokenCopy ? (
                <>
                  {' '}
                  {t('about.recoveredCopy', { file: recovery.brokenCopy })}
                </>
              ) : null}
            </>
          ) : (
            t('about.noRecovery')
          )}
        </dd>
        <dt>{t('about.storage')}</dt>
        <dd data-testid="about-storage">
          {!about
            ? '…'
            : about.storage
              ? t('about.storageProblem', { reason: t(`about.storageReasons.${about.storage}`) })
              : t('about.storageOk')}
        </dd>
        <dt>{t('about.policy')}</dt>
        <dd>
          {about ? (
            <>
              {t(`about.policyStatus.${about.policy.status}`)} · <bdi className="path">{about.policy.path}</bdi>
            </>
          ) : (
            '…'
          )}
        </dd>
        <dt>{t('about.log')}</dt>
        <dd>
          <bdi className="path">{about?.logPath ?? '…'}</bdi>
        </dd>
        <dt>{t('about.settingsFile')}</dt>
        <dd>
          <bdi className="path">{about?.settingsPath ?? '…'}</bdi>
        </dd>
      </dl>
      <h3>{t('about.locales')}</h3>
      <ul className="locale-status" data-testid="about-locales">
        {[...LOCALES.entries()].map(([code, meta]) => (
          <li key={code}>
            <span lang={code}>{meta.endonym}</span>:{' '}
            {meta.review.status === 'reviewed'
              ? t('about.reviewedBy', { reviewer: meta.review.reviewer, date: meta.review.date })
              : t('about.notReviewed')}
          </li>
        ))}
      </ul>
    </section>
  );
}
