import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPagesFor } from './app/pages';
import { primeLedgerReplay } from './db/hooks';
import './styles/app.css';
import './styles/pages.css';

preloadPagesFor(window.location.pathname);
if (window.location.pathname === '/') primeLedgerReplay();

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
