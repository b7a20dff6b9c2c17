import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../electron/ipc/contract';
import { CleanScreenButton } from '../kiosk/CleanScreenButton';

/** Contacts shown in the bar itself; the rest open under "More contacts". */
const INLINE_CONTACTS = 2;

function ContactLine({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
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
    </span>
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
  const inline = contacts.slice(0, INLINE_CONTACTS);
  const more = contacts.slice(INLINE_CONTACTS);
  return (
    <aside className="help-bar" aria-labelledby="help-bar-title">
      <h2 id="help-bar-title" className="help-title">
        {t('help.title')}
      </h2>
      {pending ? null : contacts.length === 0 ? (
        <p className="help-placeholder">{t('help.noContact')}</p>
      ) : (
        <ul className="help-contacts">
          {inline.map((contact) => (
            <li key={contact.id}>
              <ContactLine contact={contact} />
            </li>
          ))}
        </ul>
      )}
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
              <ContactLine contact={contact} />
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
    </aside>
  );
}
