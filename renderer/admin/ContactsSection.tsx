import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, FieldIssue } from '../../electron/ipc/contract';
import { describeAvailability } from '../app/availability';
import { QrCode } from '../components/QrCode';
import type { SectionProps } from './AdminPanel';
import { ContactForm } from './ContactForm';

type Mode = { name: 'list' } | { name: 'edit'; index: number | null } | { name: 'remove'; index: number } | { name: 'qr'; index: number };

/** The ward's contacts: add, edit, reorder, remove (after asking), and a QR code per number. */
export function ContactsSection({ view, save, staffLanguage }: SectionProps) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [mode, setMode] = useState<Mode>({ name: 'list' });
  const [status, setStatus] = useState('');
  const contacts = view.settings.contacts;
  const locked = view.locked.includes('contacts');

  async function saveList(next: unknown[], index: number | null): Promise<FieldIssue[]> {
    const issues = await save({ contacts: next });
    if (issues.length === 0) {
      setMode({ name: 'list' });
      setStatus(t('saved'));
      return [];
    }
    // Issues about the edited contact come back as contacts.<index>.<field>; the form reads *.<field>.
    return issues.map((issue) => {
      const own = index !== null && (issue.path === `contacts.${index}` || issue.path.startsWith(`contacts.${index}.`));
      return { ...issue, path: own ? '*' + issue.path.slice(`contacts.${index}`.length) : '*' };
    });
  }

  function move(index: number, by: -1 | 1) {
    const next = [...contacts];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    void saveList(next, null);
  }

  if (mode.name === 'edit') {
    const editing = mode.index === null ? null : (contacts[mode.index] ?? null);
    return (
      <ContactForm
        contact={editing}
        staffLanguage={staffLanguage}
        onCancel={() => setMode({ name: 'list' })}
        onSave={(contact) => {
          const index = mode.index ?? contacts.length;
          const next: unknown[] = [...contacts];
          next[index] = contact;
          return saveList(next, index);
        }}
      />
    );
  }

  const describe = (contact: Contact) =>
    [
      t(`contacts.roles.${contact.role}`),
      contact.phone ?? '',
      contact.extension ? `${t('contacts.extension')} ${contact.extension}` : '',
      contact.availability ? describeAvailability(contact.availability, staffLanguage) : t('contacts.always'),
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      {locked ? <p className="managed">{t('setByIt')}</p> : null}
      <p className="admin-status" role="status">
        {status}
      </p>
      {contacts.length === 0 ? <p>{t('contacts.empty')}</p> : null}
      <ol className="contact-list">
        {contacts.map((contact, index) => (
          <li key={contact.id} className="contact-card">
            <div className="contact-card-text">
              <bdi className="contact-card-name">{contact.name}</bdi>
              <span className="contact-card-details">
                <bdi>{describe(contact)}</bdi>
              </span>
            </div>
            {mode.name === 'remove' && mode.index === index ? (
              <div className="confirm" role="alertdialog" aria-labelledby={`remove-${contact.id}`}>
                <p id={`remove-${contact.id}`}>{t('contacts.confirmRemove', { name: contact.name })}</p>
                <button type="button" className="button button-secondary" onClick={() => setMode({ name: 'list' })}>
                  {t('cancel')}
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => void saveList(contacts.filter((_, i) => i !== index), null)}
                >
                  {t('contacts.confirmRemoveYes')}
                </button>
              </div>
            ) : (
              <div className="contact-card-actions">
                {contact.phone ? (
                  <button type="button" className="button" onClick={() => setMode({ name: 'qr', index })}>
                    {t('contacts.qr')}
                  </button>
                ) : null}
                {!locked ? (
                  <>
                    <button type="button" className="button" disabled={index === 0} onClick={() => move(index, -1)}
                      aria-label={`${t('contacts.moveUp')}: ${contact.name}`}>
                      ↑
                    </button>
                    <button type="button" className="button" disabled={index === contacts.length - 1} onClick={() => move(index, 1)}
                      aria-label={`${t('contacts.moveDown')}: ${contact.name}`}>
                      ↓
                    </button>
                    <button type="button" className="button" onClick={() => setMode({ name: 'edit', index })}
                      aria-label={`${t('contacts.edit')}: ${contact.name}`}>
                      {t('contacts.edit')}
                    </button>
                    <button type="button" className="button" onClick={() => setMode({ name: 'remove', index })}
                      aria-label={`${t('contacts.remove')}: ${contact.name}`}>
                      {t('contacts.remove')}
                    </button>
                  </>
                ) : null}
              </div>
            )}
            {mode.name === 'qr' && mode.index === index && contact.phone ? (
              <div className="contact-qr" role="group" aria-label={t('contacts.qrTitle', { name: contact.name })}>
                <QrCode phone={contact.phone} alt={t('contacts.qrAlt', { phone: contact.phone })} />
                <button type="button" className="button" onClick={() => setMode({ name: 'list' })}>
                  {t('contacts.close')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {!locked && contacts.length < 20 ? (
        <button type="button" className="button button-primary" onClick={() => setMode({ name: 'edit', index: null })}>
          {t('contacts.add')}
        </button>
      ) : null}
    </section>
  );
}
