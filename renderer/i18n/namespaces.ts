/**
 * Which text namespaces every language must carry in full, and which are staff-only.
 * The locale gates (tests/unit/locales) read these lists, so a new namespace must be
 * placed in one of them before it can land.
 */

/** Everything a parent can see: complete in every shipped language. */
export const PATIENT_NAMESPACES = ['common', 'guide'] as const;

/** Staff screens: complete in STAFF_LANGUAGES, English wherever else they are missing. */
export const STAFF_NAMESPACES = ['admin'] as const;

/** Languages in which the staff namespaces must be complete. */
export const STAFF_LANGUAGES = ['en', 'es'] as const;
