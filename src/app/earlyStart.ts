/**
 * Imported first by main.tsx. ES modules run in the order they are imported, so this starts the
 * ledger read and the opening page's chunks before React's own code has even run.
 */
import { primeLedger } from '../read';
import { preloadPagesFor } from './pages';

preloadPagesFor(window.location.pathname);
if (window.location.pathname === '/') primeLedger();
