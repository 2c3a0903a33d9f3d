/** The app's routes; the browser router uses them, tests mount them in a memory router. */
import type { RouteObject } from 'react-router';
import { HomeRoute } from './HomeRoute';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { ComparePage, ImportPage, LedgerPage, SettingsPage } from './pages';
import { ProposalsRoute } from './ProposalsRoute';
import { RouteError } from './RouteError';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        // A page that fails shows its error inside the layout, so navigation still works.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'ledger', element: <LedgerPage /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'compare', element: <ComparePage /> },
          { path: 'proposals', element: <ProposalsRoute /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
