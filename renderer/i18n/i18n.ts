/**
 * i18next set up for the kiosk: English bundled as the fallback, every other
 * language loaded on first use, `lang` and `dir` kept on the document.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAdmin from '../../locales/en/admin.json';
import enCommon from '../../locales/en/common.json';
import enGuide from '../../locales/en/guide.json';
import enTeaching from '../../locales/en/teaching.json';
import { reportProblem } from '../host';
import { directionOf, LOCALES, SOURCE_LANGUAGE } from './languages';
import { applyPackTextsTo, setPackTexts } from './pack-texts';
import { OPTIONAL_NAMESPACES, PATIENT_NAMESPACES } from './namespaces';

/** Patient-facing text: every locale has every one of these. */
export const NAMESPACES = PATIENT_NAMESPACES;
type Namespace = (typeof NAMESPACES)[number] | (typeof OPTIONAL_NAMESPACES)[number];

const SOURCE_BUNDLES: Record<Namespace, Record<string, unknown>> = {
  common: enCommon,
  guide: enGuide,
  teaching: enTeaching,
  admin: enAdmin,
};

const bundles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/en/*.json',
  '!../../locales/*/meta.json',
]);

/** Keys reported as missing in this page's life, so each is logged once. */
const reportedMissing = new Set<string>();

function reportMissing(id: string, message: string): void {
  if (reportedMissing.has(id)) return;
  reportedMissing.add(id);
  // Loud in tests (they fail on console errors); the reader still sees English.
  console.error(`i18n: ${message}`);
  reportProblem('render-error', message);
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    // Copies: a content pack's overrides are merged into the store, never into the imports.
    resources: {
      en: {
        common: structuredClone(enCommon),
        guide: structuredClone(enGuide),
        teaching: enTeaching,
        admin: enAdmin,
      },
    },
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    // Codes like zh-Hant and pt-BR are bundles of their own, not "zh" or "pt" plus a region.
    load: 'currentOnly',
    ns: [...NAMESPACES, ...OPTIONAL_NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes what it renders
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      reportMissing(
        `${languages.join(',')}:${namespace}:${key}`,
        `missing key ${namespace}:${key} for ${languages.join(',')}`,
      );
    },
    // 'added removed': a content pack's text overrides re-render the screens.
    react: { useSuspense: false, bindI18nStore: 'added removed' },
  });
  applyDocumentLanguage(SOURCE_LANGUAGE);
  return i18next;
}

/** `a.b.c` paths of a bundle, with plural forms folded to their base key. */
function keyPaths(bundle: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(bundle).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      return keyPaths(value as Record<string, unknown>, path);
    }
    return [path.replace(/_(zero|one|two|few|many|other)$/, '')];
  });
}

/**
 * A bundle that lacks English keys still works (English fills the gap), but the gap
 * is reported loudly: the locale gates should never have let it through.
 */
function checkComplete(
  language: string,
  namespace: Namespace,
  bundle: Record<string, unknown>,
): void {
  const present = new Set(keyPaths(bundle));
  const missing = [...new Set(keyPaths(SOURCE_BUNDLES[namespace]))].filter(
    (key) => !present.has(key),
  );
  if (missing.length > 0) {
    reportMissing(
      `${language}:${namespace}`,
      `${language}/${namespace} lacks ${missing.length} keys, shown in English: ${missing.join(', ')}`,
    );
  }
}

async function loadBundle(language: string, namespace: Namespace): Promise<void> {
  if (i18next.hasResourceBundle(language, namespace)) return;
  const load = bundles[`../../locales/${language}/${namespace}.json`];
  if (!load) throw new Error(`no ${namespace} bundle for ${language}`);
  const module = await load();
  checkComplete(language, namespace, module.default);
  i18next.addResourceBundle(language, namespace, structuredClone(module.default), true, true);
  applyPackTextsTo(language, namespace);
}

/** The app's own text of a bundle, before any content pack changed it. */
async function originalBundle(language: string, namespace: string) {
  if (language === SOURCE_LANGUAGE) {
    return namespace === 'guide' ? enGuide : namespace === 'common' ? enCommon : null;
  }
  const load = bundles[`../../locales/${language}/${namespace}.json`];
  return load ? (await load()).default : null;
}

/** Shows the active pack's text overrides (and drops the previous pack's). */
export function applyPackTexts(texts: Parameters<typeof setPackTexts>[0]): Promise<void> {
  return setPackTexts(texts, originalBundle);
}

function hasBundle(language: string, namespace: Namespace): boolean {
  return `../../locales/${language}/${namespace}.json` in bundles;
}

function applyDocumentLanguage(language: string): void {
  // The build pre-renders the welcome screen in Node, where there is no document.
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/**
 * Switches the whole app to `language`, loading its text first. A language that
 * cannot load leaves the app as it was (English fills any gap) and is reported.
 */
export async function switchLanguage(language: string): Promise<boolean> {
  if (!LOCALES.has(language)) return false;
  if (language !== SOURCE_LANGUAGE) {
    try {
      await Promise.all(NAMESPACES.map((namespace) => loadBundle(language, namespace)));
      await Promise.all(
        OPTIONAL_NAMESPACES.filter((namespace) => hasBundle(language, namespace)).map(
          (namespace) => loadBundle(language, namespace),
        ),
      );
    } catch {
      reportProblem('render-error', `locale ${language} failed to load`);
      return false;
    }
  }
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
  return true;
}

/**
 * The language of the staff panel: the guide's current language when it has staff
 * text (English and Spanish so far), otherwise English. Loads the text first.
 */
export async function loadStaffLanguage(language: string): Promise<string> {
  if (language === SOURCE_LANGUAGE) return language;
  if (!hasBundle(language, 'admin')) return SOURCE_LANGUAGE;
  try {
    await loadBundle(language, 'admin');
    return language;
  } catch {
    return SOURCE_LANGUAGE;
  }
}
