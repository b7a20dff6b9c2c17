import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, ContactRole, FieldIssue, Weekday } from '../../electron/ipc/contract';
import { FieldError } from './FieldError';
import { issuesUnder } from './field-issues';

export const ROLES: readonly ContactRole[] = ['nurse', 'lactation', 'midwife', 'doctor', 'supportGroup', 'other'];
export const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function newId(): string {
  return `c-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

interface Draft {
  name: string;
  role: ContactRole;
  phone: string;
  extension: string;
  limited: boolean;
  days: Weekday[];
  from: string;
  to: string;
}

function draftOf(contact: Contact | null): Draft {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? 'nurse',
    phone: contact?.phone ?? '',
    extension: contact?.extension ?? '',
    limited: Boolean(contact?.availability),
    days: contact?.availability?.days ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
    from: contact?.availability?.from ?? '08:00',
    to: contact?.availability?.to ?? '16:00',
  };
}

/** What the form holds, as the contact main will check (empty fields left out). */
function contactOf(id: string, draft: Draft): Record<string, unknown> {
  return {
    id,
    name: draft.name,
    role: draft.role,
    ...(draft.phone.trim() ? { phone: draft.phone } : {}),
    ...(draft.extension.trim() ? { extension: draft.extension } : {}),
    ...(draft.limited ? { availability: { days: WEEK.filter((day) => draft.days.includes(day)), from: draft.from, to: draft.to } } : {}),
  };
}

/**
 * Adding or editing one contact. Main checks it (with the whole list) on Save and
 * sends back codes per field; nothing is saved unless all of it is valid.
 */
export function ContactForm({
  contact,
  staffLanguage,
  onSave,
  onCancel,
}: {
  contact: Contact | null;
  staffLanguage: string;
  onSave: (contact: Record<string, unknown>) => Promise<FieldIssue[]>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [draft, setDraft] = useState(() => draftOf(contact));
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const id = contact?.id ?? null;
  const [newContactId] = useState(newId);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const error = (field: string) => issues[field];
  const describedBy = (field: string) => `contact-${field.replace(/\./g, '-')}-error`;

  async function submit() {
    setBusy(true);
    const found = await onSave(contactOf(id ?? newContactId, draft));
    setBusy(false);
    setIssues(issuesUnder(found, '*.'));
  }

  const textField = (field: 'name' | 'phone' | 'extension', label: string, extra: Record<string, string> = {}) => (
    <div className="field">
      <label htmlFor={`contact-${field}`}>{label}</label>
      <input
        id={`contact-${field}`}
        className="text-input"
        value={draft[field]}
        onChange={(event) => set(field, event.target.value)}
        aria-invalid={error(field) ? true : undefined}
        aria-describedby={describedBy(field)}
        autoComplete="off"
        spellCheck={false}
        {...extra}
      />
      <FieldError id={describedBy(field)} code={error(field)} staffLanguage={staffLanguage} />
    </div>
  );

  return (
    <form
      className="contact-form"
      aria-labelledby="contact-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="contact-form-title">{contact ? t('contacts.formEditTitle') : t('contacts.formAddTitle')}</h2>
      {textField('name', t('contacts.name'), { maxLength: '80' })}
      <div className="field">
        <label htmlFor="contact-role">{t('contacts.role')}</label>
        <select id="contact-role" className="text-input" value={draft.role} onChange={(event) => set('role', event.target.value as ContactRole)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`contacts.roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        {textField('phone', t('contacts.phone'), { inputMode: 'tel', placeholder: t('contacts.phoneHint') })}
        {textField('extension', t('contacts.extension'), { inputMode: 'numeric' })}
      </div>
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={draft.limited} onChange={(event) => set('limited', event.target.checked)} />
          {t('contacts.limitHours')}
        </label>
      </div>
      {draft.limited ? (
        <fieldset className="hours">
          <legend>{t('contacts.days')}</legend>
          <div className="day-checks">
            {WEEK.map((day, index) => (
              <label key={day} className="check">
                <input
                  type="checkbox"
                  checked={draft.days.includes(day)}
                  onChange={(event) =>
                    set('days', event.target.checked ? [...draft.days, day] : draft.days.filter((d) => d !== day))
                  }
                />
                {new Intl.DateTimeFormat(staffLanguage, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)))}
              </label>
            ))}
          </div>
          <FieldError id="contact-availability-days-error" code={error('availability.days') ?? error('availability')} staffLanguage={staffLanguage} />
          <div className="field-row">
            <div className="field">
              <label htmlFor="contact-from">{t('contacts.from')}</label>
              <input id="contact-from" type="time" className="text-input" value={draft.from} onChange={(event) => set('from', event.target.value)}
                aria-describedby="contact-availability-from-error" aria-invalid={error('availability.from') ? true : undefined} />
              <FieldError id="contact-availability-from-error" code={error('availability.from')} staffLanguage={staffLanguage} />
            </div>
            <div className="field">
              <label htmlFor="contact-to">{t('contacts.to')}</label>
              <input id="contact-to" type="time" className="text-input" value={draft.to} onChange={(event) => set('to', event.target.value)}
                aria-describedby="contact-availability-to-error" aria-invalid={error('availability.to') ? true : undefined} />
              <FieldError id="contact-availability-to-error" code={error('availability.to')} staffLanguage={staffLanguage} />
            </div>
          </div>
          <p className="field-hint">{t('contacts.hoursHint')}</p>
        </fieldset>
      ) : null}
      <FieldError id="contact-form-error" code={error('_')} staffLanguage={staffLanguage} />
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
