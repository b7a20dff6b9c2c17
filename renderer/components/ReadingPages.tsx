import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadingFit } from '../app/use-reading-fit';
import { formatNumber } from '../i18n/format';
import { Icon } from './Icon';

interface ReadingPagesProps {
  title: string;
  /** The topic in screen-sized parts, each read whole; one part shows no page buttons. */
  pages: ReactNode[];
  /** Anything else the words depend on (staff-edited figures), so the fit is measured again. */
  fitKey?: unknown;
}

/**
 * A topic screen: its title, then one page of its words set in columns one screen
 * high. A topic too long for one screen is split into pages with big Back and Next
 * buttons, never a scrolled box whose end a parent would not find.
 */
export function ReadingPages({ title, pages, fitKey = null }: ReadingPagesProps) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const current = Math.min(page, pages.length - 1);
  const fitRef = useReadingFit<HTMLDivElement>(`${String(fitKey)} ${current}`);
  return (
    <section className="screen reading-screen" aria-labelledby="screen-title" data-page={current + 1}>
      <h1 id="screen-title" tabIndex={-1}>
        {title}
      </h1>
      <div ref={fitRef} className="reading">
        {pages[current]}
      </div>
      {pages.length > 1 ? (
        <div className="step-buttons reading-pager">
          <button
            type="button"
            className="button button-secondary button-step"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            <Icon name="back" className="directional" /> {t('nav.back')}
          </button>
          <p className="reading-page" aria-hidden="true">
            {formatNumber(i18n.language, current + 1)} / {formatNumber(i18n.language, pages.length)}
          </p>
          <button
            type="button"
            className="button button-primary button-step"
            disabled={current === pages.length - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('nav.next')} <Icon name="next" className="directional" />
          </button>
        </div>
      ) : null}
    </section>
  );
}
