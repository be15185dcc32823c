import { lazy, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { Shell } from './Shell';

/**
 * A page split out of the initial bundle, loaded together (in parallel) with the data layer it
 * needs. The shell renders and stays interactive while both load.
 */
function lazyDataPage(load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [{ withData }, Page] = await Promise.all([import('./data'), load()]);
    return { default: withData(Page) };
  });
}

const PatientListPage = lazyDataPage(() =>
  import('../modules/patients/pages/PatientListPage').then((m) => m.PatientListPage),
);
const PatientPage = lazyDataPage(() =>
  import('../modules/patients/pages/PatientPage').then((m) => m.PatientPage),
);

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors inside a page render within the shell, so navigation stays available.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <PatientListPage /> },
          { path: 'patients', element: <PatientListPage /> },
          { path: 'patients/:id', element: <PatientPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
