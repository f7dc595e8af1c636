import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { AppRoutes } from './app/App';
import { applyDisplayModes, storedDisplayModes } from './app/display-modes';
import { AppProviders } from './app/providers';
import { storedLocale } from './i18n/I18nProvider';
import './app/styles.css';

// before the first paint: no flash of the wrong size, contrast or language
applyDisplayModes(storedDisplayModes());
document.documentElement.lang = storedLocale();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={createApolloClient()}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
