import { createRoot, hydrateRoot } from 'react-dom/client';
import { prefetchKioskData } from './app/use-kiosk-data';
import { rootElement } from './app/root-element';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

// A kiosk page: no context menu, no dragging files or text in or out.
for (const type of ['contextmenu', 'dragstart', 'dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => event.preventDefault());
}

prefetchKioskData();
const root = document.getElementById('root');
if (root) {
  void initI18n().then(() => {
    // The build pre-renders the welcome screen into #root; a dev server serves it empty.
    if (root.firstElementChild) hydrateRoot(root, rootElement());
    else createRoot(root).render(rootElement());
  });
}
