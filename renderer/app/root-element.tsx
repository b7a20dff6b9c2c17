import { StrictMode } from 'react';
import { KioskSession } from '../kiosk/KioskSession';
import { App } from './App';

/** The app's whole tree: the browser hydrates exactly what the build pre-rendered from it. */
export function rootElement() {
  return (
    <StrictMode>
      <KioskSession>
        <App />
      </KioskSession>
    </StrictMode>
  );
}
