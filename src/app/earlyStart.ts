/**
 * Imported first by main.tsx. ES modules run in the order they are imported, so this starts the
 * ledger read and the opening page's chunks before React's own code has even run.
 */
import { primeLedger, primeProposals } from '../read';
import { preloadPagesFor } from './pages';

preloadPagesFor(window.location.pathname);
const path = window.location.pathname.replace(/\/+$/, '') || '/';
if (path === '/') primeLedger();
else if (path === '/proposals') primeProposals();
