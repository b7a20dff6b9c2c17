/**
 * Renders the welcome screen to HTML at build time (loaded by build/prerender-welcome.ts
 * through Vite's SSR loader), so the kiosk shows it as fast as a static page.
 */
import { renderToString } from 'react-dom/server';
import { rootElement } from './app/root-element';
import { initI18n } from './i18n/i18n';

export async function renderWelcome(): Promise<string> {
  await initI18n();
  return renderToString(rootElement());
}
