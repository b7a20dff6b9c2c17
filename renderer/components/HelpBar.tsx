import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../electron/ipc/contract';
import { CleanScreenButton } from '../kiosk/CleanScreenButton';
import { describeAvailability, splitByAvailability } from '../app/availability';
import { QrCode } from './QrCode';

/** Contacts answering now shown in the bar itself; the rest open under "More contacts". */
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

function ContactLine({
  contact,
  showHours,
  onQr,
}: {
  contact: Contact;
  showHours: boolean;
  onQr: (contact: Contact) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <span className="contact">
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
      {contact.phone ? (
        <button type="button" className="button button-quiet button-qr" onClick={() => onQr(contact)}>
          {t('help.qr')}
        </button>
      ) : null}
    </span>
  );
}

function QrDialog({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.getElementById('qr-close')?.focus();
  }, []);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="qr-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="qr-title">{t('help.qrTitle', { name: contact.name })}</h2>
        <QrCode phone={contact.phone ?? ''} alt={t('help.qrAlt', { phone: contact.phone ?? '' })} />
        <p className="qr-number">
          <bdi>{contact.phone}</bdi>
        </p>
        <button id="qr-close" type="button" className="button button-primary" onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
    </div>
  );
}

interface HelpBarProps {
  contacts: Contact[];
  /** The settings are still loading: show the title only, never "no contact" by mistake. */
  pending?: boolean;
  onTeaching?: () => void;
}

/** Who to call, on every screen, in the parent's language around the staff-entered names. */
export function HelpBar({ contacts, pending, onTeaching }: HelpBarProps) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('teaching');
  const [showMore, setShowMore] = useState(false);
  const [qrFor, setQrFor] = useState<Contact | null>(null);
  const now = useMinute();
  const available = splitByAvailability(contacts, now);
  const inline = available.now.slice(0, INLINE_CONTACTS);
  const more = [...available.now.slice(INLINE_CONTACTS), ...available.later];
  return (
    <aside className="help-bar" aria-labelledby="help-bar-title">
      <h2 id="help-bar-title" className="help-title">
        {t('help.title')}
      </h2>
      {pending ? null : contacts.length === 0 ? (
        <p className="help-placeholder">{t('help.noContact')}</p>
      ) : inline.length > 0 ? (
        <ul className="help-contacts">
          {inline.map((contact) => (
            <li key={contact.id}>
              <ContactLine contact={contact} showHours={false} onQr={setQrFor} />
            </li>
          ))}
        </ul>
      ) : null}
      {more.length > 0 ? (
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={showMore}
          aria-controls="help-more"
          onClick={() => setShowMore((open) => !open)}
        >
          {t('help.more')}
        </button>
      ) : null}
      <CleanScreenButton />
      {showMore && more.length > 0 ? (
        <ul id="help-more" className="help-more">
          {more.map((contact) => (
            <li key={contact.id}>
              <ContactLine contact={contact} showHours onQr={setQrFor} />
            </li>
          ))}
        </ul>
      ) : null}
      {onTeaching ? (
        // Teaching mode needs the ward code or a staff PIN: the button only opens the pad.
        <button type="button" className="button button-quiet help-teaching" onClick={onTeaching}>
          {tt('entry')}
        </button>
      ) : null}
      {qrFor ? <QrDialog contact={qrFor} onClose={() => setQrFor(null)} /> : null}
    </aside>
  );
}
