import { useTranslation } from 'react-i18next';
import { useStaffLanguage } from './staff-text';
import type { QuestionId } from './teach-back-questions';

/**
 * The nurse's one-screen summary: which topics need another look. It lives in
 * memory only and is gone on Done or the idle reset.
 */
export function TeachingSummary({ missed, onDone }: { missed: QuestionId[]; onDone: () => void }) {
  const { t } = useTranslation('admin');
  // A screen for the nurse alone: in a right-to-left guide its English reads left to right.
  const staff = useStaffLanguage();
  const topic: Record<QuestionId, string> = {
    placement: t('teaching.summary.topics.placement'),
    firstMove: t('teaching.summary.topics.firstMove'),
    pain: t('teaching.summary.topics.pain'),
    fridge: t('teaching.summary.topics.fridge'),
    moveHand: t('teaching.summary.topics.moveHand'),
  };
  return (
    <section
      className="screen teaching-summary"
      aria-labelledby="screen-title"
      lang={staff?.lang}
      dir={staff?.dir}
    >
      <h1 id="screen-title" tabIndex={-1}>
        {t('teaching.summary.title')}
      </h1>
      {missed.length > 0 ? (
        <>
          <p>{t('teaching.summary.lead')}</p>
          <ul className="reading-list" data-testid="summary-topics">
            {missed.map((id) => (
              <li key={id}>{topic[id]}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('teaching.summary.allGood')}</p>
      )}
      <p className="notice">{t('teaching.summary.note')}</p>
      <button type="button" className="button button-primary" onClick={onDone}>
        {t('teaching.summary.done')}
      </button>
    </section>
  );
}
