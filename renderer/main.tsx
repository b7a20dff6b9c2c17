import { createRoot, hydrateRoot } from 'react-dom/client';
import { prefetchKioskData } from './app/use-kiosk-data';
import { rootElement } from './app/root-element';
import { initI18n } from './i18n/i18n';
import { installPageGuards } from './kiosk/page-guards';
import './styles/fonts';
import './styles/app.css';
import './styles/kiosk-modes.css';
import './styles/admin.css';

installPageGuards();

prefetchKioskData();
const root = document.getElementById('root');
if (root) {
  void initI18n().then(() => {
    // The build pre-renders the welcome screen into #root; a dev server serves it empty.
    if (root.firstElementChild) hydrateRoot(root, rootElement());
    else createRoot(root).render(rootElement());
  });
}
