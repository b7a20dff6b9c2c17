/**
 * The active content pack's text overrides (locales/<lng>/guide.json in the pack),
 * laid over the app's own text. Switching packs first puts the app's text back, so
 * the words of a pack never outlive it.
 */
import i18next from 'i18next';
import type { Guide } from '../../electron/ipc/contract';

type Texts = Guide['texts'];
type Original = (language: string, namespace: string) => Promise<Record<string, unknown> | null>;

let current: Texts = {};

/** Lays the pack's texts for `language`/`namespace` over a bundle just loaded. */
export function applyPackTextsTo(language: string, namespace: string): void {
  const texts = current[language]?.[namespace];
  if (texts) i18next.addResourceBundle(language, namespace, structuredClone(texts), true, true);
}

/** Replaces the overrides in every loaded language; `original` gives the app's own bundle. */
export async function setPackTexts(texts: Texts, original: Original): Promise<void> {
  const previous = current;
  current = texts;
  const touched = new Set<string>();
  for (const source of [previous, texts]) {
    for (const [language, namespaces] of Object.entries(source)) {
      for (const namespace of Object.keys(namespaces)) touched.add(`${language}\u0000${namespace}`);
    }
  }
  for (const key of touched) {
    const [language = '', namespace = ''] = key.split('\u0000');
    if (!i18next.hasResourceBundle(language, namespace)) continue; // applied when it loads
    const bundle = await original(language, namespace);
    if (!bundle) continue;
    i18next.removeResourceBundle(language, namespace);
    i18next.addResourceBundle(language, namespace, structuredClone(bundle), true, true);
    applyPackTextsTo(language, namespace);
  }
}
