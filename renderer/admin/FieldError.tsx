import { useTranslation } from 'react-i18next';
import { knownIssue } from './field-issues';

/** The message next to a field, in the staff's language, from the code main sent. */
export function FieldError({ id, code, staffLanguage }: { id: string; code: string | undefined; staffLanguage: string }) {
  const { t } = useTranslation('admin', { lng: staffLanguage });
  const issue = knownIssue(code);
  return (
    <p id={id} className="field-error" role={issue ? 'alert' : undefined}>
      {issue ? t(`issues.${issue}`) : ''}
    </p>
  );
}
