/**
 * A pseudo-locale made at test time from the English text: every word accented and
 * 40 percent longer, placeholders and numbers untouched. It stands in for a real
 * language's bundle in the browser, so it is never shipped to a parent.
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

function stretchWord(word: string): string {
  if (!/\p{L}/u.test(word)) return word;
  const accented = [...word].map((char) => ACCENTS[char] ?? char).join('');
  return accented + accented.toLowerCase().slice(0, Math.ceil(word.length * 0.4));
}

export function pseudoText(text: string): string {
  return text
    .split(/(\{\{[^}]*\}\}|<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/\p{L}+/gu, stretchWord)))
    .join('');
}

export function pseudoBundle(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, pseudoBundle(child)]),
    );
  }
  return value;
}
