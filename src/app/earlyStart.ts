/**
 * Imported first by main.tsx. ES modules run in the order they are imported, so this starts the
 * ledger read and the opening page's chunks before React's own code has even run. It imports
 * the read modules themselves, not src/read's index: that would bring every page's reads into
 * the first screen.
 */
import { primeLedger } from '../read/useLedger';
import { preloadPagesFor } from './pages';

preloadPagesFor(window.location.pathname);
const path = window.location.pathname.replace(/\/+$/, '') || '/';
if (path === '/') primeLedger();
else if (path === '/proposals') void import('../read/useProposals').then((m) => m.primeProposals());
