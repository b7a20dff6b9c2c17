import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, TeachingCodeProblem, TeachingOptions } from '../../electron/ipc/contract';
import { host } from '../host';

type NumberField =
  | 'pacerDefaultSeconds'
  | 'pacerMinSeconds'
  | 'pacerMaxSeconds'
  | 'switchCueMinutes'
  | 'moveHandCueSeconds';
const NUMBER_FIELDS: readonly NumberField[] = [
  'pacerDefaultSeconds',
  'pacerMinSeconds',
  'pacerMaxSeconds',
  'switchCueMinutes',
  'moveHandCueSeconds',
];

type Draft = Record<NumberField, string> & { takeHomeUrl: string };

function draftOf(options: TeachingOptions): Draft {
  return {
    pacerDefaultSeconds: String(options.pacerDefaultSeconds),
    pacerMinSeconds: String(options.pacerMinSeconds),
    pacerMaxSeconds: String(options.pacerMaxSeconds),
    switchCueMinutes: String(options.switchCueMinutes),
    moveHandCueSeconds: String(options.moveHandCueSeconds),
    takeHomeUrl: options.takeHomeUrl,
  };
}

/**
 * The admin panel's "Teaching mode" section: the ward teaching code and the pacer,
 * cue and take-home options. Self-contained: the panel mounts it inside its unlocked
 * session; the main process refuses every call here without that session.
 */
export function TeachingSettings() {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [codeSet, setCodeSet] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'failed'>('idle');
  const [code, setCode] = useState('');
  const [codeProblem, setCodeProblem] = useState<TeachingCodeProblem | null>(null);
  const [codeSaved, setCodeSaved] = useState(false);

  useEffect(() => {
    let active = true;
    host()
      .getTeachingOptions()
      .then((result) => {
        if (!active) return;
        setDraft(draftOf(result.options));
        setCodeSet(result.codeSet);
      })
      .catch(() => active && setStatus('failed'));
    return () => {
      active = false;
    };
  }, []);

  const labels: Record<keyof Draft, string> = {
    pacerDefaultSeconds: t('teaching.settings.pacerDefault'),
    pacerMinSeconds: t('teaching.settings.pacerMin'),
    pacerMaxSeconds: t('teaching.settings.pacerMax'),
    switchCueMinutes: t('teaching.settings.switchCue'),
    moveHandCueSeconds: t('teaching.settings.moveHandCue'),
    takeHomeUrl: t('teaching.settings.takeHomeUrl'),
  };
  const problemText = (problem: string) =>
    problem === 'pacer-range'
      ? t('teaching.settings.fieldProblems.pacer-range')
      : problem === 'not-https' || problem === 'control-characters'
        ? t('teaching.settings.fieldProblems.not-https')
        : t('teaching.settings.fieldProblems.range');
  const issueFor = (field: keyof Draft) => issues.find((issue) => issue.path === field)?.code;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const options = {
      ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, Number(draft[field])])),
      takeHomeUrl: draft.takeHomeUrl.trim(),
    } as TeachingOptions;
    try {
      const result = await host().saveTeachingOptions(options);
      if (result.ok) {
        setIssues([]);
        setDraft(draftOf(result.options));
        setStatus('saved');
      } else {
        setIssues(result.issues);
        setStatus('invalid');
      }
    } catch {
      setStatus('failed');
    }
  }

  async function saveCode(event: FormEvent) {
    event.preventDefault();
    setCodeSaved(false);
    try {
      const result = await host().setTeachingCode(code);
      setCode('');
      if (result.ok) {
        setCodeProblem(null);
        setCodeSet(true);
        setCodeSaved(true);
      } else setCodeProblem(result.problem);
    } catch {
      setStatus('failed');
    }
  }

  const codeProblemText: Record<TeachingCodeProblem, string> = {
    format: t('teaching.settings.problems.format'),
    'same-digit': t('teaching.settings.problems.same-digit'),
    sequence: t('teaching.settings.problems.sequence'),
  };

  return (
    <section className="teaching-settings" aria-labelledby="teaching-settings-title">
      <h2 id="teaching-settings-title">{t('teaching.settings.title')}</h2>
      <form onSubmit={saveCode} className="teaching-form">
        <h3>{t('teaching.settings.codeTitle')}</h3>
        <p>{t('teaching.settings.codeLead')}</p>
        <p>{codeSet ? t('teaching.settings.codeSet') : t('teaching.settings.codeNotSet')}</p>
        <div className="field">
          <label htmlFor="teaching-code">{t('teaching.settings.codeLabel')}</label>
          <input
            id="teaching-code"
            className="text-input teaching-code-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={code}
            aria-invalid={codeProblem ? true : undefined}
            aria-describedby={codeProblem ? 'teaching-code-problem' : undefined}
            onChange={(event) => setCode(event.target.value.replace(/[^0-9]/g, ''))}
          />
          {codeProblem ? (
            <p id="teaching-code-problem" className="field-error">
              {codeProblemText[codeProblem]}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button-primary">
          {t('teaching.settings.codeSave')}
        </button>
        <p role="status">{codeSaved ? t('teaching.settings.codeSaved') : ''}</p>
      </form>
      {draft ? (
        <form onSubmit={save} className="teaching-form" noValidate>
          {(Object.keys(labels) as (keyof Draft)[]).map((field) => {
            const problem = issueFor(field);
            return (
              <div key={field} className="field">
                <label htmlFor={`teaching-${field}`}>{labels[field]}</label>
                <input
                  id={`teaching-${field}`}
                  className="text-input"
                  type={field === 'takeHomeUrl' ? 'url' : 'number'}
                  inputMode={field === 'takeHomeUrl' ? 'url' : 'decimal'}
                  value={draft[field]}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={
                    problem
                      ? `teaching-${field}-problem`
                      : field === 'takeHomeUrl'
                        ? 'teaching-url-hint'
                        : undefined
                  }
                  onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
                />
                {field === 'takeHomeUrl' ? (
                  <p id="teaching-url-hint" className="field-hint">
                    {t('teaching.settings.takeHomeHint')}
                  </p>
                ) : null}
                {problem ? (
                  <p id={`teaching-${field}-problem`} className="field-error">
                    {problemText(problem)}
                  </p>
                ) : null}
              </div>
            );
          })}
          <button type="submit" className="button button-primary">
            {t('teaching.settings.save')}
          </button>
          <p role="status">
            {status === 'saved'
              ? t('teaching.settings.saved')
              : status === 'invalid'
                ? t('teaching.settings.invalid')
                : ''}
          </p>
        </form>
      ) : null}
      {status === 'failed' ? <p role="alert">{t('teaching.settings.failed')}</p> : null}
    </section>
  );
}
