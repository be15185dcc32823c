import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles';
import { i18nReady } from './app/i18n';
import { App } from './app/App';
import { router } from './app/router';
import { leaveForServerPages } from './server-pages';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Signing in at /login?next=/graphql ends at the API explorer, a page the server serves.
leaveForServerPages(router);

// The first render is in the reader's language (Khmer is downloaded first when chosen).
await i18nReady;

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
