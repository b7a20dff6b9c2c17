/**
 * Which text namespaces every language must carry in full, and which may be missing
 * (English is shown instead). The locale gates (tests/unit/locales) read these lists,
 * so a new namespace must be placed in one of them before it can land.
 */

/** Everything a parent can see in the guide: complete in every shipped language. */
export const PATIENT_NAMESPACES = ['common', 'guide', 'teaching'] as const;

/**
 * Complete in STAFF_LANGUAGES, English wherever else they are missing (but complete
 * wherever they exist): the staff screens. Teaching mode is patient text: a parent
 * practises and answers the teach-back in their own language.
 */
export const STAFF_NAMESPACES = ['admin'] as const;

/** Namespaces loaded only where the language has them. */
export const OPTIONAL_NAMESPACES = STAFF_NAMESPACES;

/** Languages in which the staff namespaces must be complete. */
export const STAFF_LANGUAGES = ['en', 'es'] as const;
