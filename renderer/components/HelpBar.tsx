import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../electron/ipc/contract';
import { CleanScreenButton } from '../kiosk/CleanScreenButton';
import { describeAvailability, splitByAvailability } from '../app/availability';
import { Icon } from './Icon';
import { QrCode } from './QrCode';

/** Contacts answering now named in the bar itself (wide screens; narrow ones show the first). */
const INLINE_CONTACTS = 2;

/** The time, re-read each minute so a shift that starts or ends moves its contact. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function ContactWords({ contact, showHours }: { contact: Contact; showHours: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className="contact-role">{t(`help.roles.${contact.role}`)}</span>{' '}
      {/* Names and numbers are shown exactly as staff typed them, isolated from the text direction. */}
      <bdi className="contact-name">{contact.name}</bdi>
      {contact.phone ? (
        <span className="contact-phone">
          {' '}
          {t('help.phone', { phone: '\u2066' + contact.phone + '\u2069' })}
          {contact.extension ? ' ' + t('help.extension', { extension: contact.extension }) : ''}
        </span>
      ) : contact.extension ? (
        <span className="contact-phone"> {t('help.extension', { extension: contact.extension })}</span>
      ) : null}
      {showHours && contact.availability ? (
        <span className="contact-hours"> {describeAvailability(contact.availability, i18n.language)}</span>
      ) : null}
    </>
  );
}

/** A modal sheet that takes focus, gives it back on close, and closes on Escape. */
function Sheet({
  labelledBy,
  className,
  onClose,
  children,
}: {
  labelledBy: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('.sheet-close')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus({ preventScroll: true });
    };
  }, [onClose]);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={ref}
        className={`dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onClick={(event) => event.stopPropagation()}
      >
        {children}
      </div>
    </div>
  );
}

/** Every contact, on duty first, each with the QR code that dials it from a parent's phone. */
function ContactsSheet({ contacts, onClose }: { contacts: Contact[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Sheet labelledBy="help-sheet-title" className="contacts-sheet" onClose={onClose}>
      <h2 id="help-sheet-title">{t('help.qr')}</h2>
      <ul id="help-more" className="help-more">
        {contacts.map((contact) => (
          <li key={contact.id} className="sheet-contact">
            {contact.phone ? (
              <QrCode phone={contact.phone} alt={t('help.qrAlt', { phone: contact.phone })} />
            ) : (
              <span className="qr-none" aria-hidden="true">
                <Icon name="phone" />
              </span>
            )}
            <p className="sheet-contact-words">
              <ContactWords contact={contact} showHours />
            </p>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-primary sheet-close" onClick={onClose}>
        {t('help.close')}
      </button>
    </Sheet>
  );
}

/** Staff-only actions behind one small button, so the parent's bar stays about help. */
function StaffMenu({ onTeaching }: { onTeaching?: () => void }) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('teaching');
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  // Its name lists what it opens, in the parent's language (staff know the icon).
  const label = onTeaching ? `${t('kiosk.cleaning.button')}, ${tt('entry')}` : t('kiosk.cleaning.button');
  return (
    <div ref={ref} className="staff-menu">
      <button
        type="button"
        className="button button-quiet help-staff"
        aria-label={label}
        aria-expanded={open}
        aria-controls="staff-menu-items"
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="staff" />
      </button>
      {open ? (
        <div id="staff-menu-items" className="staff-menu-items" role="group" aria-label={label}>
          <CleanScreenButton />
          {onTeaching ? (
            // Teaching mode needs the ward code or a staff PIN: the button only opens the pad.
            <button
              type="button"
              className="button button-quiet help-teaching"
              onClick={() => {
                setOpen(false);
                onTeaching();
              }}
            >
              {tt('entry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * Keeps the bar's words to two lines: where the second contact on duty would wrap
 * them to a third (long role words, a long name), it is left to the contacts sheet.
 */
function useTwoLines(barRef: RefObject<HTMLElement | null>, content: string): void {
  useLayoutEffect(() => {
    const bar = barRef.current;
    const words = bar?.querySelector<HTMLElement>('.help-contacts');
    const first = words?.querySelector('li');
    if (!bar || !words || !first) return;
    const fit = () => {
      delete bar.dataset.inline;
      const line = parseFloat(getComputedStyle(first).lineHeight) || first.getBoundingClientRect().height;
      const title = bar.querySelector('.help-title');
      const stacked = title && title.getBoundingClientRect().bottom <= words.getBoundingClientRect().top + 1;
      const lines = Math.round(words.getBoundingClientRect().height / line) + (stacked ? 1 : 0);
      if (lines > 2) bar.dataset.inline = '1';
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(bar.parentElement ?? bar);
    return () => observer.disconnect();
  }, [barRef, content]);
}

interface HelpBarProps {
  contacts: Contact[];
  /** The settings are still loading: show the title only, never "no contact" by mistake. */
  pending?: boolean;
  onTeaching?: () => void;
  /**
   * Beside teaching mode's presenter controls: the nurse is in the room, so the bar
   * keeps only the way to every contact and the staff menu.
   */
  compact?: boolean;
}

/**
 * Who to call, on every screen, in one line: the contacts on duty now in the parent's
 * language around the staff-entered names, one button to all of them and their QR
 * codes, and the staff menu.
 */
export function HelpBar({ contacts, pending, onTeaching, compact = false }: HelpBarProps) {
  const { t, i18n } = useTranslation();
  const [sheetOpen, setSheetOpen] = useState(false);
  const now = useMinute();
  const available = splitByAvailability(contacts, now);
  const inline = available.now.slice(0, INLINE_CONTACTS);
  const everyone = [...available.now, ...available.later];
  const hasPhone = contacts.some((contact) => contact.phone);
  const closeSheet = useCallback(() => setSheetOpen(false), []);
  const barRef = useRef<HTMLElement>(null);
  useTwoLines(barRef, `${i18n.language} ${inline.map((contact) => contact.id).join()}`);
  return (
    <aside
      ref={barRef}
      className={compact ? 'help-bar help-bar-compact' : 'help-bar'} aria-labelledby="help-bar-title">
      <div className={compact ? 'visually-hidden' : 'help-words'}>
        <h2 id="help-bar-title" className="help-title">
          {t('help.title')}
        </h2>
        {pending || compact ? null : contacts.length === 0 ? (
          <p className="help-placeholder">{t('help.noContact')}</p>
        ) : inline.length > 0 ? (
          <ul className="help-contacts">
            {inline.map((contact) => (
              <li key={contact.id}>
                <ContactWords contact={contact} showHours={false} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {contacts.length > 1 || (contacts.length === 1 && (hasPhone || compact)) ? (
        <button
          type="button"
          className="button button-quiet help-open"
          aria-haspopup="dialog"
          onClick={() => setSheetOpen(true)}
        >
          <Icon name="phone" />{' '}
          <span className={compact ? 'visually-hidden' : undefined}>
            {contacts.length > 1 ? t('help.more') : t('help.qr')}
          </span>
        </button>
      ) : null}
      <StaffMenu onTeaching={onTeaching} />
      {sheetOpen && everyone.length > 0 ? <ContactsSheet contacts={everyone} onClose={closeSheet} /> : null}
    </aside>
  );
}
