import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endonymOf, LOCALES } from '../i18n/languages';
import type { SectionProps } from './AdminPanel';
import { FieldError } from './FieldError';
import { issuesUnder } from './field-issues';

/** The ward's name, the language the guide starts in, and the languages parents can pick. */
export function WardSection({ view, save, staffLanguage }: SectionProps) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const [wardName, setWardName] = useState(view.settings.wardName);
  const [defaultLanguage, setDefaultLanguage] = useState(view.settings.defaultLanguage);
  const [languages, setLanguages] = useState(view.settings.languages);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const locked = (key: string) => view.locked.includes(key);

  async function submit() {
    const patch: Record<string, unknown> = {};
    if (!locked('wardName')) patch.wardName = wardName;
    if (!locked('defaultLanguage')) patch.defaultLanguage = defaultLanguage;
    if (!locked('languages')) patch.languages = languages;
    const found = await save(patch);
    const byField: Record<string, string> = {};
    for (const [path, code] of Object.entries(issuesUnder(found, ''))) byField[path.split('.')[0] ?? path] ??= code;
    setIssues(byField);
    setStatus(found.length === 0 ? t('saved') : '');
  }

  return (
    <form
      aria-labelledby="ward-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="ward-title">{t('ward.title')}</h2>
      <div className="field">
        <label htmlFor="ward-name">{t('ward.wardName')}</label>
        <input id="ward-name" className="text-input" value={wardName} disabled={locked('wardName')} onChange={(event) => setWardName(event.target.value)}
          aria-describedby="ward-name-error" aria-invalid={issues.wardName ? true : undefined} autoComplete="off" spellCheck={false} />
        {locked('wardName') ? <p className="managed">{t('setByIt')}</p> : null}
        <FieldError id="ward-name-error" code={issues.wardName} staffLanguage={staffLanguage} />
      </div>
      <div className="field">
        <label htmlFor="ward-default-language">{t('ward.defaultLanguage')}</label>
        <select id="ward-default-language" className="text-input" value={defaultLanguage} disabled={locked('defaultLanguage')}
          onChange={(event) => setDefaultLanguage(event.target.value)} aria-describedby="ward-default-language-error">
          {[...LOCALES.keys()].map((code) => (
            <option key={code} value={code} lang={code}>
              {endonymOf(code)}
            </option>
          ))}
        </select>
        {locked('defaultLanguage') ? <p className="managed">{t('setByIt')}</p> : null}
        <FieldError id="ward-default-language-error" code={issues.defaultLanguage} staffLanguage={staffLanguage} />
      </div>
      <fieldset className="field" disabled={locked('languages')} aria-describedby="ward-languages-error">
        <legend>{t('ward.languages')}</legend>
        {locked('languages') ? <p className="managed">{t('setByIt')}</p> : null}
        <div className="language-checks">
          {[...LOCALES.entries()].map(([code, meta]) => (
            <label key={code} className="check">
              <input
                type="checkbox"
                checked={languages.includes(code)}
                onChange={(event) =>
                  setLanguages(event.target.checked ? [...languages, code] : languages.filter((item) => item !== code))
                }
              />
              <span lang={code}>{meta.endonym}</span>
              <span className="field-hint">({meta.review.status === 'reviewed' ? t('ward.reviewed') : t('ward.unreviewed')})</span>
            </label>
          ))}
        </div>
        <FieldError id="ward-languages-error" code={issues.languages} staffLanguage={staffLanguage} />
      </fieldset>
      <p className="admin-status" role="status">
        {status}
      </p>
      <button type="submit" className="button button-primary">
        {t('save')}
      </button>
    </form>
  );
}
