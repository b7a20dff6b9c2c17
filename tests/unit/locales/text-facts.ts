/**
 * What must survive translation unchanged, pulled out of a string: interpolation
 * placeholders, markup tags, the numbers (in any digit script) and the hand letters.
 */

/** `{{name}}` and `{{name, format}}`: the name is what must match. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((match) => match[1]!).sort();
}

/** `<strong>`, `</1>`, `<br/>` and `$t(other.key)` nestings. */
export function markup(text: string): string[] {
  const tags = [...text.matchAll(/<\/?\s*([A-Za-z0-9]+)[^<>]*>/g)].map((match) =>
    match[0].replace(/\s+/g, ''),
  );
  const nested = [...text.matchAll(/\$t\(([^)]*)\)/g)].map((match) => `$t(${match[1]})`);
  return [...tags, ...nested].sort();
}

/** Zero of each decimal digit script a translation may use. */
const DIGIT_ZEROS = [
  0x30, // ASCII
  0x660, // Arabic-Indic
  0x6f0, // Extended Arabic-Indic (Persian, Urdu)
  0x966, // Devanagari
  0x9e6, // Bengali
  0xff10, // full-width (CJK)
];

/** Rewrites every digit to ASCII, and the Arabic decimal separator to a dot. */
export function asciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((base) => code >= base && code <= base + 9);
    out += zero === undefined ? char : String(code - zero);
  }
  return out.replace(/(\d)\u066b(\d)/g, '$1.$2');
}

/**
 * The numbers in a text, as values: "2.5", "2,5" and "٢٫٥" are all 2.5.
 * Placeholders are left out (their values come from code).
 */
export function numbers(text: string): number[] {
  const plain = asciiDigits(text.replace(/\{\{[^}]*\}\}/g, ' '));
  return [...plain.matchAll(/\d+(?:[.,]\d+)?/g)]
    .map((match) => Number(match[0].replace(',', '.')))
    .sort((a, b) => a - b);
}

/** The Latin letters that name hand positions (C-hold, U) and must stay visible. */
export function handLetters(text: string): string[] {
  return [...text.matchAll(/(?<!\p{Script=Latin})[CU](?!\p{Script=Latin})/gu)]
    .map((match) => match[0])
    .sort();
}

/** Text a reader sees, without placeholders: used to spot untranslated leftovers. */
export function visibleWords(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/<[^>]*>/g, '')
    .trim();
}
