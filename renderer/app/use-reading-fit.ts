import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTextFit } from './use-text-fit';

/**
 * For a topic screen: a ref for its section, which the stylesheet sets in columns one
 * screen high; its type steps down (never below 22 px) until every word is in view.
 */
export function useReadingFit<T extends HTMLElement>(extra: unknown = null) {
  const ref = useRef<T>(null);
  const { i18n } = useTranslation();
  useTextFit(ref, ref, `${i18n.language} ${String(extra)}`);
  return ref;
}
