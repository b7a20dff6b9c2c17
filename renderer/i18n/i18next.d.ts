// Typed keys: a key that English does not have is a type error.
import 'i18next';
import type common from '../../locales/en/common.json';
import type admin from '../../locales/en/admin.json';
import type guide from '../../locales/en/guide.json';
import type teaching from '../../locales/en/teaching.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      guide: typeof guide;
      teaching: typeof teaching;
      admin: typeof admin;
    };
    returnNull: false;
  }
}
