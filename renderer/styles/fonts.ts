/**
 * The bundled Noto families, one per script the locales use, in the two weights the
 * styles ask for. Each face is split by unicode-range (CJK into ~100 pieces), so a
 * page downloads only the pieces for the characters it shows; the build serves them
 * from the app origin (CSP font-src 'self'). The tablet's own fonts are never used.
 */
import '@fontsource/noto-sans/400.css'; // Latin (with Vietnamese), Cyrillic, Greek
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css'; // Arabic, Persian
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-naskh-arabic/400.css'; // Urdu
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans-bengali/400.css';
import '@fontsource/noto-sans-bengali/700.css';
import '@fontsource/noto-sans-devanagari/400.css'; // Hindi
import '@fontsource/noto-sans-devanagari/700.css';
import '@fontsource/noto-sans-sc/400.css'; // Chinese, Simplified
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-tc/400.css'; // Chinese, Traditional
import '@fontsource/noto-sans-tc/700.css';
import '@fontsource/noto-sans-kr/400.css'; // Korean
import '@fontsource/noto-sans-kr/700.css';
