import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles';
import { i18nReady } from './app/i18n';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first render is in the reader's language (Khmer is downloaded first when chosen).
await i18nReady;

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
