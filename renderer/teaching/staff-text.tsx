import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The language staff words are shown in: the guide's language when it has staff text
 * (the `admin` namespace: English and Spanish so far), otherwise English. Returns
 * undefined when that is the page's own language, so nothing needs marking.
 */
export function useStaffLanguage(): { lang: string; dir: 'ltr' | 'rtl' } | undefined {
  const { i18n } = useTranslation('admin');
  const page = i18n.language;
  if (i18n.hasResourceBundle(page, 'admin')) return undefined;
  const lang = 'en';
  return { lang, dir: i18n.dir(lang) };
}

/**
 * Staff words inside a patient screen. In Arabic, Persian or Urdu they are English:
 * isolated with their own language and direction, so "Slow 0.5×" or a full stop does
 * not jump to the wrong end, while the layout around them still mirrors.
 */
export function StaffText({ children }: { children: ReactNode }) {
  const staff = useStaffLanguage();
  return staff ? (
    <bdi lang={staff.lang} dir={staff.dir}>
      {children}
    </bdi>
  ) : (
    <>{children}</>
  );
}
