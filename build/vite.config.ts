import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { prerenderWelcome } from './prerender-welcome';

const fromRoot = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

// The renderer is served from app:// in Electron and from loopback in the browser
// host, so every asset URL is relative.
export default defineConfig({
  root: fromRoot('renderer'),
  base: './',
  plugins: [react(), prerenderWelcome(fromRoot('renderer'))],
  publicDir: false,
  build: {
    outDir: fromRoot('dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // Lets the benchmark tell which chunk holds which locale.
    manifest: true,
  },
});
