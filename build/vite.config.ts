import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { prerenderWelcome } from './prerender-welcome';

const fromRoot = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/**
 * Fontsource lists a .woff copy beside every .woff2 face; Chromium only ever fetches
 * the .woff2, so the .woff copies are dropped rather than shipped (about 25 MB).
 */
function woff2Only(): Plugin {
  return {
    name: 'bedside-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].+\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

/** Locale bundles get a name that says which language they are (tests look for them). */
function chunkName(chunk: { facadeModuleId: string | null }): string {
  const locale = chunk.facadeModuleId?.match(/[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/);
  return locale ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
}

// The renderer is served from app:// in Electron and from loopback in the browser
// host, so every asset URL is relative.
export default defineConfig({
  root: fromRoot('renderer'),
  base: './',
  plugins: [react(), woff2Only(), prerenderWelcome(fromRoot('renderer'))],
  publicDir: false,
  build: {
    outDir: fromRoot('dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // Lets the benchmark tell which chunk holds which locale.
    manifest: true,
    rollupOptions: { output: { chunkFileNames: chunkName } },
  },
});
